// Sources cited by the article's title, as visitors would look them up.
import { sources } from '../../rooms/sources';
import type { SourceFile } from '../../rooms/schema';
import { useTour } from '../state/tourStore';
import { pick } from '../i18n';

export function SourceList({ files }: { files: readonly SourceFile[] }) {
  const lang = useTour((s) => s.lang);
  return (
    <ul className="source-list">
      {files.map((f) => (
        <li key={f}>
          <cite>{sources[f].title}</cite> <span className="muted">({pick(sources[f].publisher, lang)}{sources[f].date !== 'undated' ? `, ${sources[f].date.slice(0, 4)}` : ''})</span>
        </li>
      ))}
    </ul>
  );
}
