import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { roomPath } from '../../src/plan/travel';

describe('the room graph', () => {
  it('reaches every room from the garden', () => {
    for (const id of house.order) expect(roomPath(house, 'garden', id), id).not.toBeNull();
  });

  it('is derived from the doorways: every exit has its way back', () => {
    for (const id of house.order)
      for (const { to } of house.exits[id]) expect(house.exits[to].map((e) => e.to)).toContain(id);
  });

  it('walks from the garden to the bathroom through the grandson’s room', () => {
    expect(roomPath(house, 'garden', 'bathroom')).toEqual(['garden', 'grandsons-room', 'bathroom']);
  });

  it('places every entrance inside its room', () => {
    for (const id of house.order) {
      const f = house.rooms[id].footprint;
      const e = house.entrances[id];
      expect(e.xM).toBeGreaterThan(f.xM);
      expect(e.xM).toBeLessThan(f.xM + f.widthM);
      expect(e.zM).toBeGreaterThan(f.zM);
      expect(e.zM).toBeLessThan(f.zM + f.depthM);
    }
  });
});
