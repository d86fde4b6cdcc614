import { afterEach, describe, expect, it, vi } from 'vitest';
import { retireWhenQuiet } from '../../src/workers/retireWhenQuiet';

const fakeWorker = () => ({ terminate: vi.fn() }) as unknown as Worker & { terminate: ReturnType<typeof vi.fn> };

describe('a worker that has answered', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is not ended while the page is starting, and is ended once the page is idle', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const worker = fakeWorker();
    retireWhenQuiet(worker);
    vi.advanceTimersByTime(9_000);
    expect(worker.terminate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(worker.terminate).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]();
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('is still ended where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const worker = fakeWorker();
    retireWhenQuiet(worker);
    vi.advanceTimersByTime(10_000);
    expect(worker.terminate).toHaveBeenCalledOnce();
  });
});
