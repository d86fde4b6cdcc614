// One object of the room, told in full on the page: what its caption dialog says, under its name.
import { useEffect, useRef } from 'react';
import type { Exhibit } from '../../rooms/schema';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { CaptionFacts } from '../overlay/CaptionFacts';
import { useCaption } from '../content/captions';

export function TextExhibit({ exhibit: x }: { exhibit: Exhibit }) {
  const { t } = useTranslation();
  const lang = useTour((s) => s.lang);
  const asked = useTour((s) => s.exhibitId === x.id);
  const ref = useRef<HTMLElement>(null);
  // An object's address brings its entry into view, behind the caption that opens as usual.
  useEffect(() => {
    if (asked) ref.current?.scrollIntoView({ block: 'start' });
  }, [asked]);

  const caption = useCaption(x);
  const titleId = `text-exhibit-${x.id}`;
  return (
    <article ref={ref} id={`object-${x.id}`} className="text-exhibit" aria-labelledby={titleId}>
      <h4 id={titleId}>{pick(x.name, lang)}</h4>
      <p className={`evidence ${x.evidence.status}`}>
        <span className="evidence-tag">{t(x.evidence.status)}</span> {pick(x.evidence.note, lang)}
      </p>
      <p className="text-exhibit-caption" aria-busy={!caption}>
        {caption ? pick(caption, lang) : '…'}
      </p>
      <CaptionFacts exhibit={x} />
    </article>
  );
}
