import { defineRoom, documented, inferred, schematicLayout } from './define';

export default defineRoom({
  id: 'kitchen',
  name: { en: 'Kitchen', es: 'Cocina' },
  intro: {
    en: 'A plain, rustic kitchen. Trotsky and Natalia Sedova tried to live the Mexican way, buying their food and their pots and utensils at local markets. Its window onto Morelos Street was walled up after the first attack.',
    es: 'Una cocina sencilla y rústica. Trotsky y Natalia Sedova procuraron vivir a la mexicana y compraban la comida, las ollas y los utensilios en los mercados del barrio. La ventana que daba a la calle Morelos se tapió después del primer ataque.',
  },
  kind: 'indoor',
  footprint: { xM: 32, zM: 12, widthM: 8, depthM: 5 },
  layoutEvidence: schematicLayout(
    'The kitchen’s east wall on Morelos Street is documented; the rest of its placement is schematic.',
    'El muro este de la cocina, sobre la calle Morelos, está documentado; el resto de su ubicación es esquemático.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'terracotta', walls: 'blue-plaster', ceiling: 'wood-beams' },
  doorways: [
    {
      to: 'garden',
      opening: {
        wall: 'west',
        alongM: 2.5,
        widthM: 1,
        leaf: 'door',
        evidence: inferred(
          'The kitchen has an entrance with the icebox beside it; that it opens on the garden is assumed.',
          'La cocina tiene una entrada con la hielera al lado; que dé al jardín es una suposición.',
        ),
      },
    },
    {
      to: 'dining-room',
      opening: {
        wall: 'north',
        alongM: 4,
        widthM: 1,
        leaf: 'open',
        evidence: inferred(
          'A passage between kitchen and dining room is assumed.',
          'Se supone un paso entre la cocina y el comedor.',
        ),
      },
    },
  ],
  windows: [
    {
      id: 'east-window',
      wall: 'east',
      alongM: 2.5,
      widthM: 1.2,
      state: 'bricked',
      faces: { en: 'Morelos Street', es: 'calle Morelos' },
      evidence: documented(
        'The east window faced Morelos Street and was bricked up after the first attack.',
        'La ventana del este daba a la calle Morelos y se tapió con ladrillos después del primer ataque.',
      ),
    },
  ],
});
