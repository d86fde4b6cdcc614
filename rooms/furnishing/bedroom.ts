import { defineFurnishing, inferredPiece } from './define';

export default defineFurnishing({
  room: 'bedroom',
  pieces: [
    {
      id: 'bedside-table',
      kind: 'bedside-table',
      xM: 22.5,
      zM: 0.45,
      facingDeg: 180,
      evidence: inferredPiece('The sources describe only the bed; a bedside table beside it is our addition.', 'Las fuentes solo describen la cama; la mesita de noche a su lado es un añadido nuestro.'),
    },
    {
      id: 'bedside-lamp',
      kind: 'table-lamp',
      xM: 22.5,
      zM: 0.42,
      yM: 0.6,
      evidence: inferredPiece('A small lamp on the bedside table is our guess.', 'Una lamparita sobre la mesa de noche es una suposición nuestra.'),
    },
    {
      id: 'bedroom-rug',
      kind: 'small-rug',
      xM: 22.4,
      zM: 1.5,
      facingDeg: 90,
      evidence: inferredPiece('A rug by the bed is our addition; no source mentions one.', 'Una alfombra junto a la cama es un añadido nuestro; ninguna fuente la menciona.'),
    },
    {
      id: 'bedroom-chair',
      kind: 'chair',
      xM: 19.5,
      zM: 1.0,
      facingDeg: 90,
      evidence: inferredPiece('A chair against the west wall is our reconstruction.', 'Una silla contra el muro oeste es una reconstrucción nuestra.'),
    },
  ],
});
