import { defineRoom, documented, inferred, schematicLayout } from './define';

export default defineRoom({
  id: 'garden',
  name: { en: 'Garden', es: 'Jardín' },
  intro: {
    en: 'The walled garden is the first thing a visitor meets. Trotsky kept rabbits and chickens here and planted cacti he had gathered on outings to the countryside; after the attack of May 1940 the compound was turned into a small fortress.',
    es: 'El jardín amurallado es lo primero que encuentra quien llega. Trotsky criaba aquí conejos y gallinas y plantaba los cactus que recogía en sus salidas al campo; tras el ataque de mayo de 1940 el recinto se convirtió en una pequeña fortaleza.',
  },
  kind: 'outdoor',
  footprint: { xM: 0, zM: 0, widthM: 40, depthM: 34 },
  layoutEvidence: schematicLayout(
    'The size and shape of the compound are a schematic reconstruction; the sources describe its walls, not its measurements.',
    'El tamaño y la forma del recinto son una reconstrucción esquemática: las fuentes describen sus muros, no sus medidas.',
  ),
  wallHeightM: 4.5,
  finishes: { floor: 'grass', walls: 'ochre-plaster', ceiling: 'open-sky' },
  doorways: [{ to: 'guards-house' }, { to: 'kitchen' }, { to: 'grandsons-room' }],
  entrance: { xM: 17, zM: 25, headingDeg: 28 },
  grounds: {
    perimeterWallHeightM: 4.5,
    perimeterEvidence: documented(
      'High walls close the garden off from the street; their height here is an estimate.',
      'Muros altos separan el jardín de la calle; la altura que se muestra aquí es una estimación.',
    ),
    watchtowers: [
      {
        on: 'office',
        xM: 38.2,
        zM: 1.8,
        evidence: documented(
          'Watchtowers were added on the roof after the May 1940 attack; this position is schematic.',
          'Tras el ataque de mayo de 1940 se levantaron torres de vigilancia en la azotea; esta posición es esquemática.',
        ),
      },
      {
        on: 'grandsons-room',
        xM: 13.8,
        zM: 1.8,
        evidence: inferred(
          'A second tower on the west end of the house is a plausible reconstruction.',
          'Una segunda torre en el extremo oeste de la casa es una reconstrucción verosímil.',
        ),
      },
    ],
    paths: [
      { from: { xM: 8, zM: 27.4 }, to: { xM: 8, zM: 20 }, widthM: 1.4 },
      { from: { xM: 8, zM: 20 }, to: { xM: 31.6, zM: 20 }, widthM: 1.4 },
      { from: { xM: 31.6, zM: 20 }, to: { xM: 31.6, zM: 14.5 }, widthM: 1.4 },
      { from: { xM: 14.5, zM: 6.4 }, to: { xM: 14.5, zM: 20 }, widthM: 1.2 },
    ],
    streets: [
      { side: 'north', name: 'Viena' },
      { side: 'east', name: 'Morelos' },
    ],
  },
});
