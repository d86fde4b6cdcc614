// The shipped house's captions arrive apart from it (splitCaptions in packedHouse.ts): fetched once the first
// frame is drawn, or as soon as something asks for one (a caption opened from an address, the text tour). An era's
// house (fetched with its era) carries its own captions, which are read as they are.
import { useSyncExternalStore } from 'react';
import type { Exhibit, Localized } from '../../rooms/schema';

type Captions = Record<string, Localized>;

let captions: Captions | null = null;
let loading: Promise<Captions> | null = null;
const listeners = new Set<() => void>();

export function loadCaptions(): Promise<Captions> {
  loading ??= import('virtual:captions').then((m) => {
    captions = m.default;
    for (const listener of listeners) listener();
    return captions;
  });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => captions;

/** The exhibit's caption, or null for the moment it takes to fetch the captions (asked for here if need be). */
export function useCaption(exhibit: Exhibit | undefined): Localized | null {
  const shipped = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (!exhibit) return null;
  if (exhibit.caption.en) return exhibit.caption;
  if (!shipped) {
    void loadCaptions();
    return null;
  }
  return shipped[exhibit.id] ?? null;
}
