import { useEffect } from 'react';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { currentTour } from '../state/slices/guidedTour';

/** The tab names the room the visitor is in and the object whose caption is open, or the guided tour's stop. */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const room = useTour((s) => pick(s.house.rooms[s.roomId].name, s.lang));
  const exhibit = useTour((s) => (s.exhibitId ? pick(s.house.exhibits[s.exhibitId].exhibit.name, s.lang) : null));
  const stop = useTour((s) => {
    const tour = currentTour(s);
    return tour && s.guided ? `${s.guided.stop + 1}. ${pick(tour.stops[s.guided.stop].title, s.lang)} · ${pick(tour.title, s.lang)}` : null;
  });
  const site = t('tabTitle');
  useEffect(() => {
    document.title = stop ? `${stop} · ${site}` : exhibit ? `${exhibit} · ${room} · ${site}` : `${room} · ${site}`;
  }, [room, exhibit, stop, site]);
}
