import { defineFurnishing, inferredPiece } from './define';

export default defineFurnishing({
  room: 'garden',
  pieces: [
    {
      id: 'garden-bench',
      kind: 'garden-bench',
      xM: 20,
      zM: 21.4,
      facingDeg: 0,
      evidence: inferredPiece('A wooden bench beside the garden path is our addition; the sources mention none.', 'Una banca de madera junto al sendero del jardín es un añadido nuestro; las fuentes no mencionan ninguna.'),
    },
    {
      id: 'watering-can',
      kind: 'watering-can',
      xM: 24.5,
      zM: 16.7,
      facingDeg: 90,
      evidence: inferredPiece(
        'Someone had to water the garden; this watering can by the cacti is our guess.',
        'Alguien tenía que regar el jardín; esta regadera junto a los cactus es una suposición nuestra.',
      ),
    },
  ],
});
