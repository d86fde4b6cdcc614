import { defineFurnishing, documentedPiece, inferredPiece } from './define';

/** The travel blog says the office tables were never clear of papers, newspapers and magazines. */
const heaped = documentedPiece(
  'The travel blog says every table in the office was covered with papers, newspapers and magazines; this heap and its place on the table are ours.',
  'El blog de viaje dice que todas las mesas de la oficina estaban cubiertas de papeles, periódicos y revistas; este montón y su lugar en la mesa son nuestros.',
);

export default defineFurnishing({
  room: 'office',
  pieces: [
    // On each table of the room: the secretaries' desk, Natalia's, the Ediphone's, the typewriter's, the meeting table.
    { id: 'secretaries-desk-papers', kind: 'paper-heap', xM: 37.1, zM: 2.5, yM: 0.765, facingDeg: 180, evidence: heaped },
    { id: 'natalias-desk-papers', kind: 'paper-heap', xM: 35.0, zM: 5.2, yM: 0.765, facingDeg: 270, evidence: heaped },
    { id: 'ediphone-desk-papers', kind: 'paper-heap', xM: 38.6, zM: 0.7, yM: 0.665, facingDeg: 180, evidence: heaped },
    { id: 'typewriter-desk-papers', kind: 'paper-heap', xM: 39.55, zM: 5.3, yM: 0.665, facingDeg: 0, evidence: heaped },
    { id: 'meeting-table-papers', kind: 'paper-heap', xM: 33.5, zM: 1.25, yM: 0.45, facingDeg: 200, evidence: heaped },
    {
      id: 'old-newspapers',
      kind: 'newspaper-bundle',
      xM: 39.6,
      zM: 2.3,
      facingDeg: 90,
      evidence: documentedPiece(
        'Newspapers filled the office, says the travel blog; keeping back numbers tied up on the floor under the window is our guess.',
        'Según el blog de viaje, la oficina estaba llena de periódicos; guardar los números atrasados atados en el suelo, bajo la ventana, es una suposición nuestra.',
      ),
    },
    {
      id: 'office-wastebasket',
      kind: 'wastebasket',
      xM: 38.0,
      zM: 2.6,
      evidence: inferredPiece(
        'A wastepaper basket beside the secretaries’ desk is our addition: the sources do not mention one.',
        'La papelera junto al escritorio de los secretarios es un añadido nuestro: las fuentes no mencionan ninguna.',
      ),
    },
    {
      id: 'office-clock',
      kind: 'wall-clock',
      xM: 32.16,
      zM: 4.3,
      yM: 1.9,
      facingDeg: 90,
      evidence: inferredPiece(
        'The sources give the hour of the evening meeting, nine o’clock, but mention no clock; this one on the wall is our reconstruction.',
        'Las fuentes dan la hora de la reunión de la noche, las nueve, pero no mencionan ningún reloj; este, en la pared, es una reconstrucción nuestra.',
      ),
    },
  ],
});
