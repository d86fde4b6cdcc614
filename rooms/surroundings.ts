// What is seen over the garden's walls. The sources name two streets beside the house (Viena to the north,
// Morelos to the east) and today's address; they describe no neighbours and no trees, so everything else here is
// our reconstruction of a residential block in Coyoacán, marked as such. Positions are measured from the compound's
// walls (see schema/surroundings.ts): `alongM` from a side's west or north end, `outM` out from it.
import { documented, inferred } from './define';
import type { SurroundingsInput } from './schema/surroundings';

/** Kerb to kerb with both pavements: our estimate for a residential street of the time. */
const STREET_WIDTH_M = 10;
/** The neighbours' houses on the sides with no named street stand this far back, behind their own yards. */
const YARD_M = 3;
const NEIGHBOURS_DEPTH_M = 11;

const neighbours = inferred(
  'The sources do not describe the neighbouring houses; these one- and two-storey flat-roofed houses are a plausible reconstruction.',
  'Las fuentes no describen las casas vecinas; estas casas de una y dos plantas con azotea son una reconstrucción verosímil.',
);

export const surroundings: SurroundingsInput = {
  streets: [
    {
      id: 'viena',
      name: { en: 'Viena Street', es: 'Calle Viena' },
      sign: { text: 'CALLE VIENA', alongM: 27 },
      side: 'north',
      widthM: STREET_WIDTH_M,
      evidence: documented(
        'The travel blog says the office’s old portico, now bricked up, faced Viena Street; the street’s width, and which side it lies on in this schematic plan, are ours.',
        'El blog de viaje dice que el antiguo pórtico de la oficina, hoy tapiado, daba a la calle Viena; el ancho de la calle, y el lado en que queda en este plano esquemático, son nuestros.',
      ),
    },
    {
      id: 'morelos',
      name: { en: 'Morelos Street', es: 'Calle Morelos' },
      sign: { text: 'CALLE MORELOS', alongM: 26 },
      side: 'east',
      widthM: STREET_WIDTH_M,
      evidence: documented(
        'The travel blog says the office’s two windows and the kitchen’s east window faced Morelos Street; its width is our estimate.',
        'El blog de viaje dice que las dos ventanas de la oficina y la ventana este de la cocina daban a la calle Morelos; su ancho es una estimación nuestra.',
      ),
    },
    {
      id: 'rio-churubusco',
      name: { en: 'Avenida Río Churubusco', es: 'Avenida Río Churubusco' },
      // No side: nothing in the sources places it, or names it for 1939–40.
      side: null,
      widthM: STREET_WIDTH_M,
      eras: { from: 'today' },
      evidence: documented(
        'The travel blog gives Avenida Río Churubusco 410 as the museum’s address today and uses that name when it tells of the move; it says neither which side of the compound the avenue runs along nor what the street was called in 1939–40, so no sign names it here.',
        'El blog de viaje da Avenida Río Churubusco 410 como la dirección actual del museo y usa ese nombre al contar la mudanza; no dice por qué lado del recinto pasa la avenida ni cómo se llamaba la calle en 1939-1940, así que aquí ningún rótulo la nombra.',
      ),
    },
  ],
  blocks: [
    {
      // Across Viena Street, up to the corner with Morelos Street.
      side: 'north',
      fromM: -16,
      frontM: STREET_WIDTH_M,
      depthM: NEIGHBOURS_DEPTH_M,
      lots: [
        { widthM: 8, heightM: 3.6, finish: 'ochre' },
        { widthM: 7, heightM: 6.4, finish: 'lime-white' },
        { widthM: 9, heightM: 3.9, finish: 'rose' },
        { widthM: 6, heightM: 3.4, finish: 'blue-grey' },
        { widthM: 8, heightM: 6.8, finish: 'lime-white' },
        { widthM: 10, heightM: 4.2, finish: 'terracotta' },
        { widthM: 8, heightM: 6.2, finish: 'ochre' },
      ],
      evidence: neighbours,
    },
    {
      // The far corner of Viena and Morelos.
      side: 'north',
      fromM: 40 + STREET_WIDTH_M,
      frontM: STREET_WIDTH_M,
      depthM: NEIGHBOURS_DEPTH_M,
      lots: [
        { widthM: 9, heightM: 6.6, finish: 'rose' },
        { widthM: 8, heightM: 3.8, finish: 'lime-white' },
      ],
      evidence: neighbours,
    },
    {
      // Across Morelos Street.
      side: 'east',
      fromM: 0,
      frontM: STREET_WIDTH_M,
      depthM: NEIGHBOURS_DEPTH_M,
      lots: [
        { widthM: 7, heightM: 4.0, finish: 'lime-white' },
        { widthM: 6, heightM: 3.5, finish: 'ochre' },
        { widthM: 9, heightM: 6.5, finish: 'blue-grey' },
        { widthM: 8, heightM: 3.7, finish: 'rose' },
        { widthM: 6, heightM: 4.4, finish: 'lime-white' },
        { widthM: 8, heightM: 6.0, finish: 'terracotta' },
      ],
      evidence: neighbours,
    },
    {
      // Behind the south wall, where the sources name no street: the next houses, across their yards.
      side: 'south',
      fromM: -16,
      frontM: YARD_M,
      depthM: NEIGHBOURS_DEPTH_M,
      lots: [
        { widthM: 9, heightM: 3.8, finish: 'lime-white' },
        { widthM: 8, heightM: 6.3, finish: 'ochre' },
        { widthM: 10, heightM: 3.5, finish: 'rose' },
        { widthM: 7, heightM: 4.1, finish: 'lime-white' },
        { widthM: 9, heightM: 6.6, finish: 'terracotta' },
        { widthM: 7, heightM: 3.6, finish: 'blue-grey' },
        { widthM: 6, heightM: 4.0, finish: 'ochre' },
      ],
      evidence: neighbours,
    },
    {
      // Behind the west wall, likewise.
      side: 'west',
      fromM: 0,
      frontM: YARD_M,
      depthM: NEIGHBOURS_DEPTH_M,
      lots: [
        { widthM: 9, heightM: 3.7, finish: 'rose' },
        { widthM: 10, heightM: 6.2, finish: 'lime-white' },
        { widthM: 8, heightM: 3.9, finish: 'ochre' },
        { widthM: 10, heightM: 4.3, finish: 'blue-grey' },
      ],
      evidence: neighbours,
    },
  ],
  treeGroups: [
    {
      // Street trees on the far pavements, and in the neighbours' yards where their crowns reach over the wall
      // (few to the south: from above, the overview looks across them).
      trees: [
        { side: 'north', alongM: -10, outM: 8.6, heightM: 9, crownM: 5.5, shape: 'round' },
        { side: 'north', alongM: -1, outM: 8.6, heightM: 10.5, crownM: 6, shape: 'round' },
        { side: 'north', alongM: 4, outM: 1.5, heightM: 9.5, crownM: 5, shape: 'round' },
        { side: 'north', alongM: 9, outM: 8.6, heightM: 8.5, crownM: 5, shape: 'round' },
        { side: 'north', alongM: 19, outM: 8.6, heightM: 11, crownM: 6.5, shape: 'round' },
        { side: 'north', alongM: 33, outM: 8.6, heightM: 12, crownM: 3, shape: 'tall' },
        { side: 'north', alongM: 38.5, outM: 8.6, heightM: 9.5, crownM: 5, shape: 'round' },
        { side: 'east', alongM: 4, outM: 8.6, heightM: 10, crownM: 6, shape: 'round' },
        { side: 'east', alongM: 14, outM: 8.6, heightM: 9, crownM: 5, shape: 'round' },
        { side: 'east', alongM: 21, outM: 1.4, heightM: 10, crownM: 5, shape: 'round' },
        { side: 'east', alongM: 30, outM: 1.4, heightM: 11.5, crownM: 5, shape: 'round' },
        { side: 'east', alongM: 33, outM: 8.6, heightM: 12.5, crownM: 3, shape: 'tall' },
        { side: 'east', alongM: 42, outM: 8.6, heightM: 9, crownM: 5.5, shape: 'round' },
        { side: 'south', alongM: 27, outM: 1.5, heightM: 13, crownM: 3.2, shape: 'tall' },
        { side: 'west', alongM: 4, outM: 1.5, heightM: 10, crownM: 5, shape: 'round' },
        { side: 'west', alongM: 13, outM: 1.5, heightM: 12, crownM: 3, shape: 'tall' },
        { side: 'west', alongM: 21, outM: 1.5, heightM: 9, crownM: 5, shape: 'round' },
        { side: 'west', alongM: 31, outM: 1.5, heightM: 10.5, crownM: 5.5, shape: 'round' },
      ],
      evidence: inferred(
        'The sources mention no trees outside the walls; these street and yard trees are a plausible reconstruction.',
        'Las fuentes no mencionan árboles fuera de los muros; estos árboles de la calle y de los patios vecinos son una reconstrucción verosímil.',
      ),
    },
    {
      // In the garden, in its open corners: clear of the paths, the doorways and the garden's exhibits.
      trees: [
        { side: 'north', alongM: 4.5, outM: -4.5, heightM: 8, crownM: 5, shape: 'round' },
        { side: 'west', alongM: 13, outM: -4, heightM: 7, crownM: 4.5, shape: 'round' },
        { side: 'south', alongM: 24, outM: -4.5, heightM: 8.5, crownM: 5, shape: 'round' },
        { side: 'south', alongM: 35, outM: -4, heightM: 8, crownM: 5, shape: 'round' },
        { side: 'east', alongM: 19.5, outM: -2, heightM: 8.5, crownM: 2.4, shape: 'tall' },
      ],
      evidence: inferred(
        'The sources speak of the garden’s cacti, not of its trees; these few trees are a plausible reconstruction.',
        'Las fuentes hablan de los cactus del jardín, no de sus árboles; estos pocos árboles son una reconstrucción verosímil.',
      ),
    },
  ],
};
