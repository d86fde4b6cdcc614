// The start-up's one `ready` and its loading-bar progress (src/startup/startupStore.ts), and the build-time
// switches that leave a measure out for an A/B (src/startup/measures.ts).
import { describe, expect, it } from 'vitest';
import { progressPercent, STARTUP_STEPS, startupStore } from '../../src/startup/startupStore';
import { STARTUP_MEASURES, startupDefines } from '../../src/startup/measures';

describe('the start-up store', () => {
  it('counts each step once, and is ready once the first frame is drawn', () => {
    const { stepDone } = startupStore.getState();
    expect(progressPercent(startupStore.getState())).toBe(0);
    stepDone('meshes');
    stepDone('meshes');
    expect(progressPercent(startupStore.getState())).toBe(100 / STARTUP_STEPS.length);
    for (const step of STARTUP_STEPS.filter((s) => s !== 'frame')) stepDone(step);
    expect(startupStore.getState().ready).toBe(false);
    stepDone('frame');
    expect(startupStore.getState().ready).toBe(true);
    expect(progressPercent(startupStore.getState())).toBe(100);
  });
});

describe('the build-time switches', () => {
  it('keep every measure by default, one define per measure', () => {
    const defines = startupDefines();
    expect(Object.keys(defines)).toHaveLength(STARTUP_MEASURES.length);
    expect(new Set(Object.values(defines))).toEqual(new Set(['false']));
    expect(defines['__STARTUP_OFF__.gpuWarmup']).toBe('false');
  });

  it('leave out the measures named, and fail on a name that is no measure', () => {
    const defines = startupDefines('gpu-warmup, compile-hints');
    expect(defines['__STARTUP_OFF__.gpuWarmup']).toBe('true');
    expect(defines['__STARTUP_OFF__.compileHints']).toBe('true');
    expect(defines['__STARTUP_OFF__.labelWorker']).toBe('false');
    expect(() => startupDefines('gpu-warmup,warp-drive')).toThrow(/warp-drive/);
  });

  it('are all off in the build under test, as in every default build', () => {
    expect(__STARTUP_OFF__.gpuWarmup).toBe(false);
    expect(__STARTUP_OFF__.hydrateInTransition).toBe(false);
  });
});
