// Mounts the house's objects in a transition: React then builds the scene a few milliseconds at a time and lets
// the page answer input in between, instead of freezing it for the whole build (150+ ms here, more on a phone).
// Measure `mount-in-slices`: without it, Lighthouse median 92 vs 96 (TBT 340 vs 224 ms), 7 interleaved runs each.
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function MountInSlices({ children }: { children: ReactNode }) {
  const [mounted, setMounted] = useState(__STARTUP_OFF__.mountInSlices);
  useEffect(() => {
    if (!__STARTUP_OFF__.mountInSlices) startTransition(() => setMounted(true));
  }, []);
  return mounted ? children : null;
}
