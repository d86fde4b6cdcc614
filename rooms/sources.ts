// The articles that every fact in the tour traces back to. The data cites a source by its file name in
// ../shared/sources; visitors see the title.
import type { Source, SourceFile } from './schema';

const list: Source[] = [
  {
    file: '000_78ac5b74e856ea78.txt',
    title: 'Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938',
    publisher: { en: 'Open Culture', es: 'Open Culture' },
    date: '2012-07-16',
  },
  {
    file: '001_9df9e8124444cb9b.txt',
    title: 'Leon Trotsky: Love, Death and Exile in Mexico',
    publisher: { en: 'Open Culture', es: 'Open Culture' },
    date: '2010-08-21',
  },
  {
    file: '002_b34dec8bdd231af5.txt',
    title: "Leon Trotsky's Home In Mexico City",
    publisher: { en: 'a travel blog', es: 'un blog de viajes' },
    date: 'undated',
  },
];

/** Plain data, so the page can cite titles without the schema library; tests check it against SourceSchema. */
export const sources: Record<SourceFile, Source> = Object.fromEntries(list.map((s) => [s.file, s])) as Record<SourceFile, Source>;
export const sourceList: readonly Source[] = list;
