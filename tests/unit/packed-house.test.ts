import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { packHouse, unpackHouse } from '../../src/content/packedHouse';

describe('the house as shipped', () => {
  const shipped = unpackHouse(JSON.parse(JSON.stringify(packHouse(house))));

  it('unpacks to the validated house without its timeline (shipped apart), in the same order', () => {
    const { timeline, ...withoutTimeline } = house;
    expect(timeline.length).toBeGreaterThan(0);
    expect(shipped).toEqual(withoutTimeline);
    expect(Object.keys(shipped.exhibits)).toEqual(Object.keys(house.exhibits));
    expect(Object.keys(shipped.exits)).toEqual(Object.keys(house.exits));
  });

  it('carries each room, doorway and exhibit once', () => {
    expect(shipped.outdoor).toBe(shipped.rooms[house.outdoor.id]);
    for (const [id, { roomId, exhibit }] of Object.entries(shipped.exhibits)) {
      expect(shipped.rooms[roomId].exhibits).toContain(exhibit);
      expect(exhibit.id).toBe(id);
    }
    for (const list of Object.values(shipped.exits)) for (const { doorway } of list) expect(shipped.doorways).toContain(doorway);
  });
});
