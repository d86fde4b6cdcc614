import { defineFurnishing, documentedPiece } from './define';

export default defineFurnishing({
  room: 'bathroom',
  pieces: [
    {
      id: 'natalias-clothes',
      kind: 'clothes-hooks',
      xM: 18.78,
      zM: 0.9,
      yM: 0.9,
      facingDeg: 270,
      evidence: documentedPiece(
        'The travel blog shows clothing of both Trotsky and Natalia in the dressing room; Trotsky’s hang on the rail, and these garments on hooks stand for hers. The garments and the hooks are ours.',
        'El blog de viaje muestra ropa de Trotsky y de Natalia en el vestidor; la de él cuelga del perchero, y estas prendas en ganchos representan la de ella. Las prendas y los ganchos son nuestros.',
      ),
    },
    {
      id: 'trotskys-shoes',
      kind: 'mens-shoes',
      xM: 17.3,
      zM: 4.2,
      facingDeg: 90,
      evidence: documentedPiece(
        'Shoes of Trotsky’s as well as Natalia’s are kept here, says the travel blog; this pair and where it stands are our reconstruction.',
        'Según el blog de viaje, aquí se guardan zapatos de Trotsky además de los de Natalia; este par y su lugar son una reconstrucción nuestra.',
      ),
    },
  ],
});
