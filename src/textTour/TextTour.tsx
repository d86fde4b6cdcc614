// The tour without a 3D view: the current room told in full, in the space the view would take. The store, the
// address and the guide work as they do beside the 3D view.
import { useEffect, useRef } from 'react';
import { tourStore, useTour } from '../state/tourStore';
import { useTranslation } from '../i18n';
import { TextRoom } from './TextRoom';

export function TextTour() {
  const { t } = useTranslation();
  const roomId = useTour((s) => s.roomId);
  const lang = useTour((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  // A new room is read from its top, as a new page would be.
  useEffect(() => {
    if (!tourStore.getState().exhibitId) ref.current?.scrollTo({ top: 0 });
  }, [roomId]);
  return (
    <div ref={ref} className="text-tour" lang={lang}>
      <p className="text-tour-why">{t('textTourWhy')}</p>
      <TextRoom />
    </div>
  );
}
