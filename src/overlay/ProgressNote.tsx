// A quiet count of what the visitor has seen, kept across visits (see state/rememberProgress).
import { useMemo } from 'react';
import { useTour } from '../state/tourStore';
import { useTranslation } from '../i18n';

export function ProgressNote() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const seen = useTour((s) => s.seenExhibits.length);
  const visited = useTour((s) => s.visitedRooms.length);
  const totals = useMemo(() => ({ objects: Object.keys(house.exhibits).length, rooms: house.order.length }), [house]);
  return (
    <p className="progress-note muted">
      {t('progressObjects', { count: totals.objects, seen })} · {t('progressRooms', { count: totals.rooms, visited })}
    </p>
  );
}
