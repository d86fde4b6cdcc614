import { defineRoom, documented, schematicLayout } from './define';

export default defineRoom({
  id: 'bedroom',
  name: { en: 'Bedroom', es: 'Dormitorio' },
  intro: {
    en: 'Before dawn on 24 May 1940 some twenty gunmen led by the painter David Alfaro Siqueiros fired into this room from three doors. Trotsky and Natalia threw themselves into the corner behind the bed, the one place the shooters could not see, and survived. Bullet holes still mark the walls.',
    es: 'Antes del amanecer del 24 de mayo de 1940, una veintena de pistoleros encabezados por el pintor David Alfaro Siqueiros disparó contra este cuarto desde tres puertas. Trotsky y Natalia se arrojaron al rincón detrás de la cama, el único sitio fuera de la vista de los atacantes, y sobrevivieron. Las paredes aún muestran los impactos.',
  },
  kind: 'indoor',
  footprint: { xM: 19, zM: 0, widthM: 6, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The bedroom’s doors to the garden, the study and the bathroom are documented; their exact places are schematic.',
    'Las puertas del dormitorio al jardín, al estudio y al baño están documentadas; su ubicación exacta es esquemática.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    { to: 'study' },
    {
      to: 'bathroom',
      opening: {
        wall: 'west',
        alongM: 4.4,
        widthM: 0.8,
        leaf: 'armored',
        evidence: documented(
          'The bathroom’s second entrance, from the bedroom, is armored: metal doors were fitted after the attack.',
          'La segunda entrada del baño, desde el dormitorio, está blindada: tras el ataque se colocaron puertas metálicas.',
        ),
      },
    },
  ],
  windows: [
    {
      id: 'former-garden-door',
      wall: 'south',
      alongM: 3,
      widthM: 1,
      sillM: 0.9,
      heightM: 1.2,
      state: 'barred',
      formerly: 'door',
      faces: { en: 'the garden', es: 'el jardín' },
      evidence: documented(
        'Siqueiros fired from the bedroom’s door onto the garden, which has since become a window.',
        'Siqueiros disparó desde la puerta del dormitorio que daba al jardín, convertida después en ventana.',
      ),
    },
  ],
});
