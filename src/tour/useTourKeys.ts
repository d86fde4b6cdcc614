// The guided tour's keys, while a tour is under way: Space plays or pauses, N and P go to the next and previous
// stop, M mutes the narration, R returns to the stop. None of them walks (W A S D, the arrows, Q and E do).
import { useEffect } from 'react';
import { tourStore } from '../state/tourStore';

/** Where typing or the focused control's own Space belongs to the control. */
const ownsKeys = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName));

const ACTIONS: Record<string, () => void> = {
  ' ': () => {
    const { guided, playTour, pauseTour } = tourStore.getState();
    if (guided?.playing) pauseTour();
    else playTour();
  },
  n: () => tourStore.getState().nextStop(),
  p: () => tourStore.getState().previousStop(),
  m: () => {
    const { narrationMuted, setNarrationMuted } = tourStore.getState();
    setNarrationMuted(!narrationMuted);
  },
  r: () => tourStore.getState().resumeStop(),
};

export function useTourKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!tourStore.getState().guided || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const action = ACTIONS[e.key.toLowerCase()];
      if (!action || ownsKeys(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
