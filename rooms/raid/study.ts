// The raid of 24 May 1940 in the study, reconstructed: an incendiary bomb, thrown to burn Trotsky's archives. The
// source says bombs were thrown into the house, not where they fell nor where the archive was: the study is ours.
import { TRAVEL_BLOG, inferred } from '../define';
import type { ExhibitFileInput } from '../schema';
import { THE_NIGHT, onTheNight } from './night';

export const incendiaryBombs: ExhibitFileInput = {
  id: 'incendiary-bombs',
  name: { en: 'Incendiary bombs', es: 'Bombas incendiarias' },
  // On the open floor in front of the great bookcase, clear of the way between the study's two doors.
  model: { kind: 'incendiary-bomb', xM: 27.4, zM: 1.6, facingDeg: 180 },
  caption: {
    en: 'Killing Trotsky was the raid’s main aim; the other was to burn his archives, and so the attackers threw incendiary bombs into the house. The source does not say where the archive was kept, where the bombs landed or what they burned. This one, on the study floor among his books and papers, is our reconstruction.',
    es: 'Matar a Trotsky era el objetivo principal del asalto; el otro, quemar su archivo, y por eso los atacantes lanzaron bombas incendiarias dentro de la casa. La fuente no dice dónde se guardaba el archivo, dónde cayeron las bombas ni qué quemaron. Esta, en el piso del estudio, entre sus libros y papeles, es una reconstrucción nuestra.',
  },
  when: THE_NIGHT,
  people: ['leon-trotsky', 'david-alfaro-siqueiros'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'The travel blog says incendiary bombs were thrown into the house because the raiders also meant to burn Trotsky’s archives. It does not say where the archive was or where the bombs fell: the study, the spot and the bomb’s look are ours.',
      es: 'El blog de viaje dice que se lanzaron bombas incendiarias dentro de la casa porque los atacantes también querían quemar el archivo de Trotsky. No dice dónde estaba el archivo ni dónde cayeron las bombas: el estudio, el lugar y el aspecto de la bomba son nuestros.',
    },
  },
  related: ['north-bookcase', 'trotskys-desk', 'pujol-at-the-study-door', 'attackers-doors'],
  ...onTheNight(
    {
      en: 'The raid, reconstructed: an incendiary bomb lies on the study floor; where the bombs really fell is not known.',
      es: 'El asalto, reconstruido: una bomba incendiaria en el piso del estudio; no se sabe dónde cayeron en realidad las bombas.',
    },
    inferred(
      'The bombs and their aim, the archives, are in the travel blog; this room and this spot are ours.',
      'Las bombas y su propósito, el archivo, están en el blog de viaje; este cuarto y este lugar son nuestros.',
    ),
  ),
};

export const raidStudy: ExhibitFileInput[] = [incendiaryBombs];
