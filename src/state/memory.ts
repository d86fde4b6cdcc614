// What the tour remembers between visits. Storage may be missing, full or hold anything: every read is checked
// and every failure falls back to the default, silently.
import { isLang, type Lang } from '../i18n/languages';
import type { Progress } from './tourStore';
import { safeStorage } from '../util/safeStorage';

const KEY = 'casa-trotsky:lang';
const PROGRESS_KEY = 'casa-trotsky:progress';
/** Far more than every id of the house needs: anything longer was not written by the tour. */
const MAX_PROGRESS_CHARS = 20_000;


export const rememberedLang = {
  read(): Lang | null {
    try {
      const value = safeStorage()?.getItem(KEY);
      return isLang(value) ? value : null;
    } catch {
      return null;
    }
  },
  write(lang: Lang): void {
    try {
      safeStorage()?.setItem(KEY, lang);
    } catch {
      /* storage full or forbidden: the choice lasts for this visit only */
    }
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | null =>
  Array.isArray(v) ? v.filter((item): item is string => typeof item === 'string') : null;

/** The shape is checked here; whether the ids still exist is the store's business (see recall). */
export function parseProgress(raw: string | null | undefined): Progress | null {
  if (!raw || raw.length > MAX_PROGRESS_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  const visitedRooms = strings(value.visitedRooms);
  const seenExhibits = strings(value.seenExhibits);
  return visitedRooms && seenExhibits ? { visitedRooms, seenExhibits } : null;
}

export const rememberedProgress = {
  read(): Progress | null {
    try {
      return parseProgress(safeStorage()?.getItem(PROGRESS_KEY));
    } catch {
      return null;
    }
  },
  write({ visitedRooms, seenExhibits }: Progress): void {
    try {
      safeStorage()?.setItem(PROGRESS_KEY, JSON.stringify({ visitedRooms, seenExhibits }));
    } catch {
      /* storage full or forbidden: progress lasts for this visit only */
    }
  },
};
