// The caption of the open exhibit: what it is, what happened there, when, who, which source says so, and how much
// of it is documented. A native modal dialog: it holds focus, Escape closes it, and focus goes back where it was.
import { useEffect, useRef } from 'react';
import { tourStore, useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { CaptionFacts } from './CaptionFacts';
import { useCaption } from '../content/captions';

export function CaptionDialog() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const exhibitId = useTour((s) => s.exhibitId);
  const close = useTour((s) => s.closeExhibit);
  // In the headset the caption stands in the room as a panel; a page dialog would only hide the view.
  const presenting = useTour((s) => s.vr === 'presenting');
  const ref = useRef<HTMLDialogElement>(null);
  const entry = exhibitId && !presenting ? house.exhibits[exhibitId] : null;

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
  const caption = useCaption(x);
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
        // Closed by the browser (a form, or a second Escape): keep the store in step. Hidden for the headset's
        // panel is not closed.
        const { exhibitId: open, vr } = tourStore.getState();
        if (open && vr !== 'presenting') close();
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
          <p className="caption-text" aria-busy={!caption}>
            {caption ? pick(caption, lang) : '…'}
          </p>
          <CaptionFacts exhibit={x} />
          <button type="button" className="solid-button" onClick={close}>
            {t('close')}
          </button>
        </article>
      )}
    </dialog>
  );
}
