// The page hands work to workers through one helper (src/startup/workers/callWorker.ts): the worker's answer, or
// the fallback where it cannot be made, fails or is late; a worker that answered is ended only once the page is
// quiet (ending one at once blocked the main thread 10–80 ms at start-up).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callWorker } from '../../src/startup/workers/callWorker';
import { workerService, type Envelope } from '../../src/startup/workers/workerService';
import { retireWhenQuiet } from '../../src/startup/workers/retireWhenQuiet';

/** A Worker that answers only when the test says so. */
class FakeWorker extends EventTarget {
  terminate = vi.fn();
  posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  answer(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  fail() {
    this.dispatchEvent(new Event('error'));
  }
}
const fakeWorker = () => new FakeWorker();
const asWorker = (w: FakeWorker) => () => w as unknown as Worker;

let idle: (() => void)[];
beforeEach(() => {
  vi.useFakeTimers();
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a worker that has answered', () => {
  it('is not ended while the page is starting, and is ended once the page is idle', () => {
    const worker = fakeWorker();
    retireWhenQuiet(worker as unknown as Worker);
    vi.advanceTimersByTime(9_000);
    expect(worker.terminate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(worker.terminate).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]();
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('is still ended where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const worker = fakeWorker();
    retireWhenQuiet(worker as unknown as Worker);
    vi.advanceTimersByTime(10_000);
    expect(worker.terminate).toHaveBeenCalledOnce();
  });
});

describe('calling a worker', () => {
  it('settles with its answer, and ends the worker later, once the page is quiet', async () => {
    const worker = fakeWorker();
    const called = callWorker(asWorker(worker), { timeoutMs: 4000, fallback: () => 'fallback' });
    worker.answer('answer');
    await expect(called).resolves.toBe('answer');
    expect(worker.terminate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    idle.forEach((run) => run());
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('falls back when it does not answer in time, and leaves the late worker to finish before ending it', async () => {
    const worker = fakeWorker();
    const called = callWorker(asWorker(worker), { timeoutMs: 4000, fallback: () => 'fallback' });
    vi.advanceTimersByTime(4000);
    await expect(called).resolves.toBe('fallback');
    expect(worker.terminate).not.toHaveBeenCalled();
    // A late answer changes nothing.
    worker.answer('late');
    await expect(called).resolves.toBe('fallback');
    vi.advanceTimersByTime(10_000);
    idle.forEach((run) => run());
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('falls back, running the fallback on the page, when the worker fails; the failed worker is ended at once', async () => {
    const worker = fakeWorker();
    const onPage = vi.fn(async () => 'built on the page');
    const called = callWorker(asWorker(worker), { fallback: onPage });
    worker.fail();
    await expect(called).resolves.toBe('built on the page');
    expect(onPage).toHaveBeenCalledOnce();
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('falls back when the worker cannot be made (refused, or not wanted here)', async () => {
    const refused = () => {
      throw new DOMException('refused by policy', 'SecurityError');
    };
    await expect(callWorker(refused, { fallback: () => 'fallback' })).resolves.toBe('fallback');
    await expect(callWorker(() => null, { fallback: () => 'fallback' })).resolves.toBe('fallback');
  });

  it('waits as long as it takes where no time limit is given', async () => {
    const worker = fakeWorker();
    const called = callWorker(asWorker(worker), { fallback: () => 'fallback' });
    vi.advanceTimersByTime(60_000);
    worker.answer('answer');
    await expect(called).resolves.toBe('answer');
  });
});

describe('a worker answering requests by id', () => {
  it('is started once, and each request gets the reply sent under its id, in whatever order they come', async () => {
    const worker = fakeWorker();
    const start = vi.fn(asWorker(worker));
    const ask = workerService<string, string>(start, (q) => `page: ${q}`);
    const first = ask('a');
    const second = ask('b');
    expect(start).toHaveBeenCalledOnce();
    const [a, b] = worker.posted as Envelope<string>[];
    expect([a.body, b.body]).toEqual(['a', 'b']);
    worker.answer({ id: b.id, body: 'B' });
    worker.answer({ id: a.id, body: 'A' });
    await expect(first).resolves.toBe('A');
    await expect(second).resolves.toBe('B');
    expect(worker.terminate).not.toHaveBeenCalled();
  });

  it('once failed, answers every waiting and later request with the fallback, and is ended', async () => {
    const worker = fakeWorker();
    const start = vi.fn(asWorker(worker));
    const ask = workerService<string, string>(start, (q) => `page: ${q}`);
    const waiting = ask('a');
    worker.fail();
    await expect(waiting).resolves.toBe('page: a');
    await expect(ask('b')).resolves.toBe('page: b');
    expect(worker.terminate).toHaveBeenCalledOnce();
    expect(start).toHaveBeenCalledOnce();
  });

  it('answers with the fallback where the worker cannot be made', async () => {
    const ask = workerService<string, string>(() => null, (q) => `page: ${q}`);
    await expect(ask('a')).resolves.toBe('page: a');
  });
});
