import { useEffect } from 'react';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

/** The tab names the room the visitor is in, and the object whose caption is open. */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const room = useTour((s) => pick(s.house.rooms[s.roomId].name, s.lang));
  const exhibit = useTour((s) => (s.exhibitId ? pick(s.house.exhibits[s.exhibitId].exhibit.name, s.lang) : null));
  const site = t('tabTitle');
  useEffect(() => {
    document.title = exhibit ? `${exhibit} · ${room} · ${site}` : `${room} · ${site}`;
  }, [room, exhibit, site]);
}
