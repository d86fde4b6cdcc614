// Whether the visitor muted the narration, kept between visits. Storage may be missing, forbidden or full: reads
// fall back to "not muted" and writes then last for this visit only (as the language's do, state/memory.ts).
import { safeStorage } from '../../util/safeStorage';

const MUTED_KEY = 'casa-trotsky:narration-muted';

export interface MuteMemory {
  read(): boolean;
  write(muted: boolean): void;
}

export const rememberedMute: MuteMemory = {
  read() {
    try {
      return safeStorage()?.getItem(MUTED_KEY) === '1';
    } catch {
      return false;
    }
  },
  write(muted) {
    try {
      safeStorage()?.setItem(MUTED_KEY, muted ? '1' : '0');
    } catch {
      /* storage full or forbidden: the choice lasts for this visit only */
    }
  },
};
