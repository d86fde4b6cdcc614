// The caption of the open exhibit: what it is, what happened there, when, who, which source says so, and how much
// of it is documented. A native modal dialog: it holds focus, Escape closes it, and focus goes back where it was.
import { useEffect, useRef } from 'react';
import { tourStore, useTour } from '../state/tourStore';
import { formatHash } from '../routing/hash';
import { pick, useTranslation } from '../i18n';
import { SourceList } from './SourceList';

export function CaptionDialog() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const exhibitId = useTour((s) => s.exhibitId);
  const close = useTour((s) => s.closeExhibit);
  const ref = useRef<HTMLDialogElement>(null);
  const entry = exhibitId ? house.exhibits[exhibitId] : null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (entry && !dialog.open) {
      dialog.showModal();
      // Start at the title, so a screen reader reads the caption from the top and no link looks pre-selected.
      dialog.querySelector<HTMLElement>('#caption-title')?.focus();
    }
    if (!entry && dialog.open) dialog.close();
  }, [entry]);

  const x = entry?.exhibit;
  return (
    <dialog
      ref={ref}
      className="caption-dialog"
      aria-labelledby="caption-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={() => {
        // Closed by the browser (a form, or a second Escape): keep the store in step.
        if (tourStore.getState().exhibitId) close();
      }}
    >
      {x && entry && (
        <article lang={lang}>
          <header>
            <p className="caption-room">{pick(house.rooms[entry.roomId].name, lang)}</p>
            <h2 id="caption-title" tabIndex={-1}>{pick(x.name, lang)}</h2>
            <p className={`evidence ${x.evidence.status}`}>
              <span className="evidence-tag">{t(x.evidence.status)}</span> {pick(x.evidence.note, lang)}
            </p>
          </header>
          <p className="caption-text">{pick(x.caption, lang)}</p>
          <dl className="caption-facts">
            {x.when && (
              <>
                <dt>{t('when')}</dt>
                <dd>{pick(x.when, lang)}</dd>
              </>
            )}
            {x.people.length > 0 && (
              <>
                <dt>{t('people')}</dt>
                <dd>
                  <ul className="caption-people">
                    {x.people.map((id) => (
                      <li key={id}>
                        <strong>{house.people[id].name}</strong> — {pick(house.people[id].role, lang)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>{t('sources')}</dt>
            <dd>
              <SourceList files={x.sources} />
            </dd>
            {x.related.length > 0 && (
              <>
                <dt>{t('related')}</dt>
                <dd>
                  <ul className="caption-related">
                    {x.related.map((r) => {
                      const other = house.exhibits[r];
                      if (other)
                        return (
                          <li key={r}>
                            <a href={formatHash(other.roomId, r)}>{pick(other.exhibit.name, lang)}</a>{' '}
                            <span className="muted">{t('inRoom', { room: pick(house.rooms[other.roomId].name, lang) })}</span>
                          </li>
                        );
                      const room = house.rooms[r as keyof typeof house.rooms];
                      return room ? (
                        <li key={r}>
                          <a href={formatHash(room.id)}>{pick(room.name, lang)}</a>
                        </li>
                      ) : null;
                    })}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <button type="button" className="caption-close" onClick={close}>
            {t('close')}
          </button>
        </article>
      )}
    </dialog>
  );
}
