import { useEffect } from 'react';
import { useTour } from '../state/tourStore';

export const SITE_TITLE = 'Casa Trotsky — a virtual tour';

/** The tab names the room the visitor is in. */
export function useDocumentTitle(): void {
  const name = useTour((s) => s.house.rooms[s.roomId].name.en);
  useEffect(() => {
    document.title = `${name} · ${SITE_TITLE}`;
  }, [name]);
}
