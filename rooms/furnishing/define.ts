// Helpers the furnishing files share. A piece is documented when the sources say such a thing was in the room
// (its form and place are still ours, and the note says so), inferred when it is a plausible period piece the
// sources do not mention.
import type { FurnishingFileInput } from '../schema/furnishing';
import { TRAVEL_BLOG } from '../define';

export const defineFurnishing = (file: FurnishingFileInput): FurnishingFileInput => file;

export const documentedPiece = (en: string, es: string) => ({ status: 'documented' as const, note: { en, es }, sources: [TRAVEL_BLOG] });
export const inferredPiece = (en: string, es: string) => ({ status: 'inferred' as const, note: { en, es } });
