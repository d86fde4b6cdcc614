// The overview's rooms as a list, for the keyboard and screen readers: each button flies into its room, in the 3D
// view or, in the text tour, in text. Its heading takes focus when the overview opens; Escape closes it.
import { useEffect, useRef } from 'react';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

export default function OverviewPanel() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const roomId = useTour((s) => s.roomId);
  const flyIntoRoom = useTour((s) => s.flyIntoRoom);
  const close = useTour((s) => s.closeOverview);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
  return (
    <section className="overview-panel" aria-labelledby="overview-heading">
      <h2 id="overview-heading" ref={heading} tabIndex={-1} className="panel-heading">
        {t('overviewTitle')}
      </h2>
      <p className="muted">{t('overviewHint')}</p>
      <ul>
        {house.order.map((id) => (
          <li key={id}>
            <button type="button" onClick={() => flyIntoRoom(id)} aria-current={id === roomId ? 'location' : undefined}>
              {t('overviewFlyInto', { room: pick(house.rooms[id].name, lang) })}
            </button>
            {id === roomId && <span className="muted"> ({t('overviewHere')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
