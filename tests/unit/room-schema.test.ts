import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { HouseContentError, validateHouse } from '../../rooms/validate';
import { houseFiles, houseContent } from './fixtures';

function problemsOf(files: Record<string, unknown>): string[] {
  try {
    validateHouse(houseContent(files));
  } catch (e) {
    if (e instanceof HouseContentError) return e.problems;
    throw e;
  }
  return [];
}

describe('the room schema', () => {
  it('accepts the house as it is', () => {
    expect(problemsOf(houseFiles())).toEqual([]);
    expect(house.order).toHaveLength(9);
  });

  it('names the file and field when a required field is missing', () => {
    const files = houseFiles();
    delete files['rooms/kitchen.ts'].wallHeightM;
    expect(problemsOf(files)).toEqual([expect.stringMatching(/^rooms\/kitchen\.ts: wallHeightM: /)]);
  });

  it('requires both languages for every visitor-facing name', () => {
    const files = houseFiles();
    delete files['rooms/study.ts'].name.es;
    expect(problemsOf(files)[0]).toMatch(/^rooms\/study\.ts: name\.es: /);
  });

  it('rejects a doorway to a room that does not exist', () => {
    const files = houseFiles();
    files['rooms/office.ts'].doorways.push({ to: 'attic' });
    expect(problemsOf(files)[0]).toMatch(/^rooms\/office\.ts: doorways\[2\]\.to: /);
  });

  it('rejects a one-way doorway', () => {
    const files = houseFiles();
    files['rooms/grandsons-room.ts'].doorways = files['rooms/grandsons-room.ts'].doorways.filter(
      (d: { to: string }) => d.to !== 'bathroom',
    );
    expect(problemsOf(files)).toContainEqual(
      expect.stringMatching(/rooms\/bathroom\.ts: doorways\[1\]\.to: one-way doorway: "grandsons-room"/),
    );
  });

  it('rejects rooms whose footprints overlap', () => {
    const files = houseFiles();
    files['rooms/dining-room.ts'].footprint.zM = 4;
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^rooms\/(office|dining-room)\.ts: footprint: overlaps/));
  });

  it('rejects a doorway placed on a wall that does not adjoin the room it leads to', () => {
    const files = houseFiles();
    files['rooms/study.ts'].doorways[1].opening.wall = 'south';
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^rooms\/study\.ts: doorways\[1\]\.opening\.wall: /));
  });

  it('rejects a window that does not fit its wall', () => {
    const files = houseFiles();
    files['rooms/kitchen.ts'].windows[0].alongM = 4.9;
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^rooms\/kitchen\.ts: windows\[0\]\.alongM: /));
  });

  it('requires a documented detail to cite a source', () => {
    const files = houseFiles();
    files['rooms/office.ts'].windows[0].evidence.sources = [];
    expect(problemsOf(files)[0]).toMatch(/^rooms\/office\.ts: windows\[0\]\.evidence\.sources: /);
  });

  it('names the file and field when an exhibit asks for a kind of model that does not exist', () => {
    const files = houseFiles();
    files['rooms/kitchen.ts'].exhibits[0].model.kind = 'piano';
    expect(problemsOf(files)).toEqual([expect.stringMatching(/^rooms\/kitchen\.ts: exhibits\[0\]\.model\.kind: /)]);
  });

  it('carries each model’s true size and hotspot height from its definition into the house', () => {
    const { model } = house.exhibits['icebox'].exhibit;
    expect(model.size).toEqual({ widthM: 0.75, depthM: 0.55, heightM: 1.35, hotspotM: 1.5 });
    const marker = Object.values(house.exhibits).find(({ exhibit }) => exhibit.model.kind === 'marker')!.exhibit;
    expect(marker.model.size).toEqual({ widthM: 0, depthM: 0, heightM: 0, hotspotM: 0 });
  });

  it('rejects a room file whose id does not match its name', () => {
    const files = houseFiles();
    files['rooms/bathroom.ts'].id = 'bedroom';
    expect(problemsOf(files)[0]).toMatch(/^rooms\/bathroom\.ts: id: /);
  });
});

describe('the documented plan', () => {
  const doorway = (a: string, b: string) => house.doorways.find((d) => d.id === [a, b].sort().join('--'));

  it('gives the bathroom an armored door from the bedroom and a door from the grandson’s room', () => {
    expect(doorway('bathroom', 'bedroom')?.geometry.leaf).toBe('armored');
    expect(doorway('bathroom', 'bedroom')?.geometry.evidence.status).toBe('documented');
    expect(doorway('bathroom', 'grandsons-room')?.geometry.evidence.status).toBe('documented');
  });

  it('keeps the bedroom’s door to the study and its old garden door as a window', () => {
    expect(doorway('bedroom', 'study')?.geometry.evidence.status).toBe('documented');
    const formerDoor = house.rooms.bedroom.windows.find((w) => w.formerly === 'door');
    expect(formerDoor?.evidence.status).toBe('documented');
  });

  it('bricks up the kitchen’s east window and half of the office’s two Morelos windows, and the Viena portico', () => {
    expect(house.rooms.kitchen.windows.find((w) => w.wall === 'east')?.state).toBe('bricked');
    expect(house.rooms.office.windows.filter((w) => w.wall === 'east' && w.state === 'half-bricked')).toHaveLength(2);
    expect(house.rooms.office.windows.find((w) => w.formerly === 'portico')?.state).toBe('bricked');
  });

  it('marks every inferred detail as such, with no source claimed', () => {
    for (const d of house.doorways)
      if (d.geometry.evidence.status === 'inferred') expect(d.geometry.evidence.sources).toEqual([]);
    for (const id of house.order) expect(house.rooms[id].layoutEvidence.status).toBe('inferred');
  });
});
