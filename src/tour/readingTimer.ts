// A countdown that can be paused and resumed: how long a stop nobody speaks stays on screen.
export interface ReadingTimer {
  pause(): void;
  resume(): void;
  cancel(): void;
}

export function startReadingTimer(ms: number, done: () => void): ReadingTimer {
  let remainingMs = ms;
  let startedAtMs = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(done, ms);
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    pause() {
      if (timer === null) return;
      clear();
      remainingMs -= performance.now() - startedAtMs;
    },
    resume() {
      if (timer !== null) return;
      startedAtMs = performance.now();
      timer = setTimeout(done, Math.max(0, remainingMs));
    },
    cancel: clear,
  };
}
