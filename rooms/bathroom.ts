import { defineRoom, documented, schematicLayout } from './define';

export default defineRoom({
  id: 'bathroom',
  name: { en: 'Bathroom and dressing room', es: 'Baño y vestidor' },
  intro: {
    en: 'A long, narrow room under a tin roof, with a door from the grandson’s room and an armored one from the bedroom. It still holds the old bathtub, the wood-fired boiler that heated the water, and clothes and shoes that belonged to Trotsky and Natalia.',
    es: 'Un cuarto largo y angosto bajo un techo de lámina, con una puerta desde la habitación del nieto y otra, blindada, desde el dormitorio. Conserva la vieja tina, el calentador de leña que daba agua caliente y ropa y zapatos de Trotsky y de Natalia.',
  },
  kind: 'indoor',
  footprint: { xM: 17, zM: 0, widthM: 2, depthM: 6 },
  layoutEvidence: schematicLayout(
    'Long and narrow, between the bedroom and the grandson’s room, as its two documented doors imply; its size is schematic.',
    'Largo y angosto, entre el dormitorio y la habitación del nieto, como indican sus dos puertas documentadas; su tamaño es esquemático.',
  ),
  wallHeightM: 2.6,
  finishes: { floor: 'cement-tile', walls: 'green-plaster', ceiling: 'tin' },
  doorways: [
    { to: 'bedroom' },
    {
      to: 'grandsons-room',
      opening: {
        wall: 'west',
        alongM: 1.2,
        widthM: 0.8,
        leaf: 'door',
        evidence: documented(
          'One of the bathroom’s two entrances comes from the grandson’s room.',
          'Una de las dos entradas del baño viene de la habitación del nieto.',
        ),
      },
    },
  ],
  windows: [],
});
