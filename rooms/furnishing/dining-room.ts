import { defineFurnishing, inferredPiece } from './define';

export default defineFurnishing({
  room: 'dining-room',
  pieces: [
    {
      id: 'dining-room-radio',
      kind: 'console-radio',
      xM: 32.3,
      zM: 6.5,
      facingDeg: 90,
      evidence: inferredPiece(
        'A household of this size in 1940 could well have had a radio set, but the sources mention none; its place in the corner is ours too.',
        'Una casa con tanta gente en 1940 bien pudo tener un aparato de radio, pero las fuentes no mencionan ninguno; su lugar en el rincón también es nuestro.',
      ),
    },
    {
      id: 'dining-room-clock',
      kind: 'wall-clock',
      xM: 34,
      zM: 6.16,
      yM: 2.0,
      facingDeg: 180,
      evidence: inferredPiece(
        'Meals here kept the house’s hours, yet no source mentions a clock in the room; this one is our addition.',
        'Las comidas marcaban el horario de la casa, pero ninguna fuente menciona un reloj en el comedor; este es un añadido nuestro.',
      ),
    },
    {
      id: 'dining-room-curtains',
      kind: 'curtains',
      xM: 32.15,
      zM: 9,
      facingDeg: 90,
      evidence: inferredPiece(
        'Curtains at the barred west window are our guess; the sources only speak of the bars and shutters.',
        'Las cortinas de la ventana enrejada del oeste son una suposición nuestra; las fuentes solo hablan de rejas y contraventanas.',
      ),
    },
  ],
});
