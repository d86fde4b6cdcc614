import { defineFurnishing, documentedPiece, inferredPiece } from './define';

export default defineFurnishing({
  room: 'study',
  pieces: [
    {
      id: 'study-desk-wax-cylinders',
      kind: 'wax-cylinders',
      xM: 28.22,
      zM: 3.79,
      yM: 0.765,
      facingDeg: 180,
      evidence: documentedPiece(
        'The travel blog mentions wax cylinders lying on Trotsky’s table beside the dictating machine; how many there are and where they stand is ours. His glasses, papers and books are part of the desk’s own model.',
        'El blog de viaje menciona cilindros de cera sobre la mesa de Trotsky, junto al dictáfono; cuántos son y dónde están es cosa nuestra. Sus gafas, papeles y libros forman parte del modelo del propio escritorio.',
      ),
    },
    {
      id: 'study-rug',
      kind: 'rug',
      xM: 29.1,
      zM: 2.2,
      facingDeg: 180,
      evidence: inferredPiece(
        'The sources describe no rug in the study; this one is a plausible period addition of ours.',
        'Las fuentes no describen ninguna alfombra en el estudio; esta es un añadido nuestro, verosímil para la época.',
      ),
    },
    {
      id: 'study-floor-lamp',
      kind: 'floor-lamp',
      xM: 31.6,
      zM: 2.3,
      evidence: inferredPiece(
        'Trotsky worked long days in this room, but the sources name no lamp; this standard lamp by the daybed is our reconstruction.',
        'Trotsky trabajaba jornadas largas en este cuarto, pero las fuentes no nombran ninguna lámpara; esta de pie, junto a la cama de descanso, es una reconstrucción nuestra.',
      ),
    },
    {
      id: 'study-curtains',
      kind: 'curtains',
      xM: 30,
      zM: 5.85,
      facingDeg: 0,
      evidence: inferredPiece(
        'The sources speak of bars and steel shutters on the windows, not of curtains; these, drawn aside, are our guess.',
        'Las fuentes hablan de rejas y contraventanas de acero en las ventanas, no de cortinas; estas, recogidas a los lados, son una suposición nuestra.',
      ),
    },
  ],
});
