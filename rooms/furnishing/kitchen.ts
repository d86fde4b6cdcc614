import { defineFurnishing, documentedPiece, inferredPiece } from './define';

/** The travel blog: the couple liked going to traditional markets for their food and their kitchen things. */
const fromTheMarket = (en: string, es: string) => documentedPiece(`Trotsky and Natalia bought food and kitchen utensils at traditional markets, says the travel blog. ${en}`, `Según el blog de viaje, Trotsky y Natalia compraban comida y utensilios de cocina en los mercados tradicionales. ${es}`);

export default defineFurnishing({
  room: 'kitchen',
  pieces: [
    {
      id: 'kitchen-utensils',
      kind: 'utensil-rail',
      // Above the market pots, clear of where a visitor stands to look at the work table.
      xM: 39.0,
      zM: 16.84,
      yM: 1.2,
      facingDeg: 0,
      evidence: fromTheMarket('Which utensils, and this rail on the wall, are our reconstruction.', 'Qué utensilios, y este riel en la pared, son una reconstrucción nuestra.'),
    },
    {
      id: 'kitchen-market-pots',
      kind: 'market-pots',
      xM: 39.4,
      zM: 16.4,
      facingDeg: 270,
      evidence: fromTheMarket('These clay pots on the floor, and their place, are ours.', 'Estas ollas de barro en el suelo, y su lugar, son nuestras.'),
    },
    {
      id: 'kitchen-market-basket',
      kind: 'market-basket',
      xM: 33.5,
      zM: 16.55,
      facingDeg: 0,
      evidence: fromTheMarket('The basket and what is in it are our guess.', 'La canasta y lo que lleva son una suposición nuestra.'),
    },
    {
      id: 'kitchen-stove',
      kind: 'charcoal-stove',
      xM: 38.6,
      zM: 12.45,
      facingDeg: 180,
      evidence: inferredPiece(
        'The sources do not say how the kitchen cooked; a tiled charcoal stove, common in Mexican kitchens then, is our reconstruction.',
        'Las fuentes no dicen cómo se cocinaba; un brasero de carbón con azulejos, habitual entonces en las cocinas mexicanas, es una reconstrucción nuestra.',
      ),
    },
    {
      id: 'kitchen-chair',
      kind: 'chair',
      // At the table's east end: on its long side it would stand between the table and a visitor looking at it.
      xM: 38.35,
      zM: 15.0,
      facingDeg: 270,
      evidence: inferredPiece('A chair at the end of the work table is our addition.', 'Una silla en la cabecera de la mesa de trabajo es un añadido nuestro.'),
    },
  ],
});
