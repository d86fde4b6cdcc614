import { defineFurnishing, inferredPiece } from './define';

export default defineFurnishing({
  room: 'grandsons-room',
  pieces: [
    {
      id: 'sievas-table',
      kind: 'small-table',
      xM: 15.9,
      zM: 3.6,
      facingDeg: 270,
      evidence: inferredPiece(
        'The sources tell of Sieva’s bed only; a small table with schoolbooks for a boy of his age is our reconstruction.',
        'Las fuentes solo hablan de la cama de Sieva; una mesita con libros escolares para un niño de su edad es una reconstrucción nuestra.',
      ),
    },
    {
      id: 'sievas-chair',
      kind: 'chair',
      xM: 15.3,
      zM: 3.6,
      facingDeg: 90,
      evidence: inferredPiece('The chair at the table is our addition.', 'La silla junto a la mesa es un añadido nuestro.'),
    },
    {
      id: 'sievas-rug',
      kind: 'small-rug',
      xM: 14.3,
      zM: 3.6,
      facingDeg: 0,
      evidence: inferredPiece('A small rug in the middle of the room is our guess.', 'Una alfombrita en medio del cuarto es una suposición nuestra.'),
    },
  ],
});
