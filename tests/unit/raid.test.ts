// The raid of 24 May 1940, reconstructed (rooms/raid/): on the night only, every piece marked as ours where it is,
// the shots inside the bedroom and none into the corner where Trotsky and Natalia lay, and the raid tour shown in
// the house of that night, one door at a time.
import { describe, expect, it } from 'vitest';
import { ERA_IDS, eraChanges, eraHouses, tours, type EraId, type RoomId } from '../../rooms';
import { TRAVEL_BLOG } from '../../rooms/define';
import { raidBedroom } from '../../rooms/raid/bedroom';
import { raidGarden } from '../../rooms/raid/garden';
import { raidGrandsonsRoom } from '../../rooms/raid/grandsons-room';
import { raidStudy } from '../../rooms/raid/study';
import { contains } from '../../src/plan/geometry';
import { modelRectangle } from '../../src/plan/modelRectangle';

const NIGHT: EraId = '1940-05-24';
const raid: [RoomId, (typeof raidBedroom)[number]][] = [
  ...raidBedroom.map((x) => ['bedroom', x] as [RoomId, typeof x]),
  ...raidGrandsonsRoom.map((x) => ['grandsons-room', x] as [RoomId, typeof x]),
  ...raidStudy.map((x) => ['study', x] as [RoomId, typeof x]),
  ...raidGarden.map((x) => ['garden', x] as [RoomId, typeof x]),
];
const night = eraHouses[NIGHT];
const SHOOTERS = { 'siqueiros-at-the-garden-door': 'garden', 'pujol-at-the-study-door': 'study', 'arenal-at-the-other-door': 'bathroom' } as const;
const raidTour = tours.find((t) => t.id === 'night-of-24-may-1940')!;

/** The corner behind the bed: between the bed's east side and the east wall, from the north wall to the bed's foot. */
function corner(era: EraId) {
  const h = eraHouses[era];
  const bed = modelRectangle((h.exhibits['original-bed'] ?? h.exhibits['replacement-bed']).exhibit);
  const room = h.rooms.bedroom.footprint;
  return { xM: bed.xM + bed.widthM, zM: room.zM, widthM: room.xM + room.widthM - (bed.xM + bed.widthM), depthM: bed.zM + bed.depthM - room.zM };
}

describe('the raid, reconstructed', () => {
  it('has every exhibit the brief names, each in its room', () => {
    expect(raid.map(([, x]) => x.id).sort()).toEqual(
      [
        'siqueiros-at-the-garden-door',
        'pujol-at-the-study-door',
        'arenal-at-the-other-door',
        'trotsky-and-natalia-in-the-corner',
        'sieva-under-the-bed',
        'incendiary-bombs',
        'the-door-harte-opened',
        'gunfire-in-the-garden',
      ].sort(),
    );
    for (const [room, x] of raid) expect(night.exhibits[x.id]?.roomId, x.id).toBe(room);
  });

  it('stands in the house on the night of 24 May 1940 only', () => {
    for (const era of ERA_IDS)
      for (const [, x] of raid) {
        if (era === NIGHT) expect(eraHouses[era].exhibits[x.id], `${x.id} in ${era}`).toBeDefined();
        else expect(eraHouses[era].exhibits[x.id], `${x.id} in ${era}`).toBeUndefined();
      }
  });

  it('is reconstructed, cites the travel blog, names its people and says what the night shows', () => {
    for (const [room, x] of raid) {
      const { exhibit } = night.exhibits[x.id];
      expect(exhibit.evidence.status, x.id).toBe('reconstructed');
      expect(exhibit.sources, x.id).toContain(TRAVEL_BLOG);
      expect(exhibit.people.length, x.id).toBeGreaterThan(0);
      expect(exhibit.when?.en, x.id).toBeTruthy();
      expect(exhibit.related.length, x.id).toBeGreaterThan(0);
      expect(x.eras, x.id).toEqual({ from: NIGHT, until: '1940-08' });
      expect(x.erasNote?.en, x.id).toMatch(/^The raid, reconstructed: /);
      expect(x.erasNote?.es, x.id).toMatch(/^El asalto, reconstruido: /);
      expect(x.erasEvidence?.status, x.id).toBe('inferred');
      // The night's "what changed here" of the room carries it.
      expect(eraChanges[NIGHT][room].map((c) => c.note.en), x.id).toContain(x.erasNote?.en);
    }
  });

  it('says, for Arenal, that the source does not name his door', () => {
    const { caption } = night.exhibits['arenal-at-the-other-door'].exhibit;
    expect(caption.en).toMatch(/does not say which/);
    expect(caption.es).toMatch(/no dice cuál/);
  });

  it('stands each gunman just inside his door, beside the opening, not in it, facing into the room', () => {
    for (const [id, to] of Object.entries(SHOOTERS)) {
      const { exhibit } = night.exhibits[id];
      expect(exhibit.model.kind, id).toBe('standing-figure');
      const { doorway } = night.exits.bedroom.find((e) => e.to === to)!;
      const alongX = doorway.outward.xM === 0;
      const along = alongX ? exhibit.model.xM - doorway.centre.xM : exhibit.model.zM - doorway.centre.zM;
      const across = alongX ? exhibit.model.zM - doorway.centre.zM : exhibit.model.xM - doorway.centre.xM;
      const r = modelRectangle(exhibit);
      const halfAlong = (alongX ? r.widthM : r.depthM) / 2;
      // Clear of the opening by at least a body's width, and within about 0.6 m of its jamb.
      const fromJamb = Math.abs(along) - doorway.geometry.widthM / 2;
      expect(fromJamb - halfAlong, id).toBeGreaterThanOrEqual(0.25);
      expect(fromJamb, id).toBeLessThanOrEqual(0.65);
      expect(Math.abs(across), id).toBeLessThan(0.6);
      // Facing away from its door, into the room (`outward` leads out of the doorway's owner).
      const facing = ((exhibit.model.facingDeg % 360) + 360) % 360;
      const front = { xM: Math.sin((facing * Math.PI) / 180), zM: -Math.cos((facing * Math.PI) / 180) };
      const outOfBedroom = doorway.owner === 'bedroom' ? 1 : -1;
      expect(outOfBedroom * (front.xM * doorway.outward.xM + front.zM * doorway.outward.zM), id).toBeLessThan(-0.99);
    }
  });

  it('fires each gunman’s shots from his chest, in front of him, to 4–6 points on the bed and the north wall, all inside the bedroom', () => {
    const room = night.rooms.bedroom;
    const bed = modelRectangle(night.exhibits['original-bed'].exhibit);
    for (const id of Object.keys(SHOOTERS)) {
      const { exhibit } = night.exhibits[id];
      const fire = exhibit.linesOfFire!;
      expect(fire, id).toBeDefined();
      expect(fire.from.yM, id).toBeCloseTo(1.3, 1);
      expect(Math.hypot(fire.from.xM - exhibit.model.xM, fire.from.zM - exhibit.model.zM), id).toBeLessThanOrEqual(0.4);
      expect(fire.to.length, id).toBeGreaterThanOrEqual(4);
      expect(fire.to.length, id).toBeLessThanOrEqual(6);
      for (const p of [fire.from, ...fire.to]) {
        expect(contains(room.footprint, p), `${id} (${p.xM}, ${p.zM})`).toBe(true);
        expect(p.yM, id).toBeLessThanOrEqual(room.wallHeightM);
      }
      for (const p of fire.to) {
        const onBed = contains(bed, p) && p.yM >= 0.5 && p.yM <= 0.7;
        const onNorthWall = Math.abs(p.zM - 0.15) < 0.05 && p.yM >= 0.6 && p.yM <= 2.2;
        expect(onBed || onNorthWall, `${id} → (${p.xM}, ${p.yM}, ${p.zM})`).toBe(true);
      }
    }
  });

  it('aims no shot into the corner behind the bed', () => {
    const c = corner(NIGHT);
    for (const id of Object.keys(SHOOTERS)) {
      const { from, to } = night.exhibits[id].exhibit.linesOfFire!;
      for (const end of to)
        for (let i = 0; i <= 50; i++) {
          const t = i / 50;
          const p = { xM: from.xM + (end.xM - from.xM) * t, zM: from.zM + (end.zM - from.zM) * t };
          const yM = from.yM + (end.yM - from.yM) * t;
          // Low in the corner is where the couple lie (the crouching figures are 0.55 m high).
          expect(contains(c, p) && yM < 0.7, `${id} → (${end.xM}, ${end.yM}, ${end.zM}) at t=${t}`).toBe(false);
        }
    }
  });

  it('puts the couple in the corner and Sieva under his bed, low enough to fit', () => {
    const couple = night.exhibits['trotsky-and-natalia-in-the-corner'].exhibit;
    const c = corner(NIGHT);
    const r = modelRectangle(couple);
    expect(contains(c, { xM: r.xM, zM: r.zM }, -0.05) && contains(c, { xM: r.xM + r.widthM, zM: r.zM + r.depthM }, -0.05)).toBe(true);
    const sieva = night.exhibits['sieva-under-the-bed'].exhibit;
    const bed = night.exhibits['sievas-bed'].exhibit;
    const under = modelRectangle(sieva);
    expect(contains(modelRectangle(bed), { xM: under.xM, zM: under.zM })).toBe(true);
    expect(contains(modelRectangle(bed), { xM: under.xM + under.widthM, zM: under.zM + under.depthM })).toBe(true);
    expect(sieva.model.size.heightM).toBeLessThanOrEqual(0.3);
  });

  it('marks the corner behind the bed with exactly one hotspot in every era from the night on', () => {
    const expected: Partial<Record<EraId, string>> = { [NIGHT]: 'trotsky-and-natalia-in-the-corner', '1940-08': 'corner-behind-bed', today: 'corner-behind-bed' };
    for (const [era, id] of Object.entries(expected) as [EraId, string][]) {
      const c = corner(era);
      const inCorner = Object.entries(eraHouses[era].exhibits)
        .filter(([, e]) => e.roomId === 'bedroom' && contains(c, e.exhibit.model))
        .map(([x]) => x);
      expect(inCorner, era).toEqual([id]);
    }
    expect(eraHouses['1939-05'].exhibits['corner-behind-bed']).toBeUndefined();
  });
});

describe('the raid tour', () => {
  it('shows every stop in the house of the night', () => {
    raidTour.stops.forEach((stop, i) => expect(stop.era, `stop ${i + 1}`).toBe(NIGHT));
    expect(raidTour.summary.en).toMatch(/as it was that night/);
    expect(raidTour.stops[0].narration.en).toMatch(/as it was that night/);
    expect(`${raidTour.summary.en} ${raidTour.stops[0].narration.en}`).not.toMatch(/as it is today|as they stand today/);
  });

  it('has one stop per door, each at its gunman and showing only his lines of fire', () => {
    const doorStops = raidTour.stops.filter((s) => s.fire);
    expect(doorStops.map((s) => (s.look.kind === 'exhibit' ? s.look.exhibit : s.look.kind))).toEqual(Object.keys(SHOOTERS));
    for (const stop of doorStops) {
      expect(stop.room).toBe('bedroom');
      expect(stop.look.kind === 'exhibit' && stop.fire).toEqual([stop.look.kind === 'exhibit' && stop.look.exhibit]);
      expect(stop.people?.length).toBeGreaterThan(0);
      expect(stop.mentions.length).toBeGreaterThan(0);
    }
    expect(raidTour.stops.some((s) => s.look.kind === 'exhibit' && s.look.exhibit === 'attackers-doors')).toBe(false);
  });

  it('looks at the night’s reconstruction where there is one', () => {
    const looked = raidTour.stops.flatMap((s) => (s.look.kind === 'exhibit' ? [s.look.exhibit] : []));
    for (const id of ['sieva-under-the-bed', 'trotsky-and-natalia-in-the-corner', 'the-door-harte-opened', 'incendiary-bombs']) expect(looked).toContain(id);
    for (const stop of raidTour.stops) if (stop.look.kind === 'exhibit') expect(night.exhibits[stop.look.exhibit]?.roomId).toBe(stop.room);
  });
});
