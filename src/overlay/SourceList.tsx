// Sources cited by the article's title, as visitors would look them up.
import { sources } from '../../rooms/sources';
import type { SourceFile } from '../../rooms/schema';

export function SourceList({ files }: { files: readonly SourceFile[] }) {
  return (
    <ul className="source-list">
      {files.map((f) => (
        <li key={f}>
          <cite>{sources[f].title}</cite> <span className="muted">({sources[f].publisher}{sources[f].date !== 'undated' ? `, ${sources[f].date.slice(0, 4)}` : ''})</span>
        </li>
      ))}
    </ul>
  );
}
