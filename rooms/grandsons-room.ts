import { defineRoom, inferred, schematicLayout, shutteredWindowEvidence } from './define';

export default defineRoom({
  id: 'grandsons-room',
  name: { en: 'Grandson’s room', es: 'Habitación del nieto' },
  intro: {
    en: 'The room of Vsevolod Volkov, called Sieva, who joined his grandfather in Mexico in August 1939. During the attack of May 1940 he hid under his bed; a bullet grazed his foot, the only wound anyone suffered that night. He later became the museum’s director.',
    es: 'El cuarto de Vsévolod Vólkov, Sieva, que llegó a México en agosto de 1939 para vivir con su abuelo. Durante el ataque de mayo de 1940 se escondió bajo la cama; una bala le hirió levemente el pie, la única herida de aquella noche. Con los años llegó a dirigir el museo.',
  },
  kind: 'indoor',
  footprint: { xM: 12, zM: 0, widthM: 5, depthM: 6 },
  layoutEvidence: schematicLayout(
    'Next to the bathroom, as its documented door implies; its size and its door to the garden are schematic.',
    'Junto al baño, como indica su puerta documentada; su tamaño y su puerta al jardín son esquemáticos.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'ochre-plaster', ceiling: 'wood-beams' },
  doorways: [
    { to: 'bathroom' },
    {
      to: 'garden',
      opening: {
        wall: 'south',
        alongM: 2.5,
        widthM: 1,
        leaf: 'door',
        evidence: inferred(
          'A door to the garden is assumed: Sieva was woken by shots fired in the garden.',
          'Se supone una puerta al jardín: a Sieva lo despertaron los disparos en el jardín.',
        ),
      },
    },
  ],
  windows: [{ id: 'garden-window', wall: 'south', alongM: 4.2, widthM: 1, state: 'barred', evidence: shutteredWindowEvidence }],
});
