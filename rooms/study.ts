import { defineRoom, documented, schematicLayout, shutteredWindowEvidence } from './define';

export default defineRoom({
  id: 'study',
  name: { en: 'Study', es: 'Estudio' },
  intro: {
    en: 'Trotsky wrote here for ten hours a day or more, mostly on his biography of Stalin. On 20 August 1940 Ramón Mercader struck him down at this desk with an ice axe; he died in hospital the next day. The room has been kept as it was left.',
    es: 'Trotsky escribía aquí diez horas al día o más, sobre todo su biografía de Stalin. El 20 de agosto de 1940 Ramón Mercader lo atacó en este escritorio con un piolet; murió en el hospital al día siguiente. La habitación se conserva tal como quedó.',
  },
  kind: 'indoor',
  footprint: { xM: 25, zM: 0, widthM: 7, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The large bookcase stands on the north wall, as documented; the room’s size and place are schematic.',
    'La gran librería ocupa el muro norte, como está documentado; el tamaño y la ubicación del cuarto son esquemáticos.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    { to: 'office' },
    {
      to: 'bedroom',
      opening: {
        wall: 'west',
        alongM: 3,
        widthM: 0.9,
        leaf: 'door',
        evidence: documented(
          'The bedroom had a door to the study: Antonio Pujol fired through it on 24 May 1940.',
          'El dormitorio tenía una puerta hacia el estudio: Antonio Pujol disparó desde ella el 24 de mayo de 1940.',
        ),
      },
    },
  ],
  windows: [
    { id: 'garden-window-west', wall: 'south', alongM: 2, widthM: 1.3, state: 'barred', evidence: shutteredWindowEvidence },
    { id: 'garden-window-east', wall: 'south', alongM: 5, widthM: 1.3, state: 'barred', evidence: shutteredWindowEvidence },
  ],
});
