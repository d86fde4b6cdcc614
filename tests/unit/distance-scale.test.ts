import { describe, expect, it } from 'vitest';
import { distanceScale } from '../../src/scene/useDistanceScale';

// The hotspot dots keep their true size within 3 m, the doorway signs within 5 m.
describe('the distance scale of markers', () => {
  it('is the true size up close, and at the distance where growing starts', () => {
    expect(distanceScale(0, 3)).toBe(1);
    expect(distanceScale(1.2, 3)).toBe(1);
    expect(distanceScale(3, 3)).toBe(1);
    expect(distanceScale(5, 5)).toBe(1);
  });

  it('grows in proportion to the distance beyond it, so the marker keeps its size on screen', () => {
    expect(distanceScale(6, 3)).toBe(2);
    expect(distanceScale(15, 5)).toBe(3);
    expect(distanceScale(7.5, 5)).toBeCloseTo(1.5);
    expect(distanceScale(24, 3) / 24).toBeCloseTo(distanceScale(12, 3) / 12);
  });
});
