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
      history: [
        {
          eras: { until: '1940-08' },
          state: 'barred',
          note: {
            en: 'The east window: still a window onto Morelos Street; it was bricked up after the first attack.',
            es: 'La ventana del este: todavía es una ventana hacia la calle Morelos; se tapió después del primer ataque.',
          },
          evidence: documented(
            'The travel blog says the east window, which looked onto Morelos Street, was filled with brick after the first attack. That it had bars before, like the other windows, is our assumption.',
            'El blog de viaje dice que la ventana del este se tapió después del primer ataque porque daba a la calle Morelos. Que antes tuviera reja, como las demás, es una suposición nuestra.',
          ),
        },
      ],
    },
  ],
  exhibits: [
    {
      id: 'icebox',
      name: { en: 'Icebox', es: 'Hielera' },
      // Against the west wall, just south of the doorway from the garden (west wall, 2.5 m along); front faces east.
      model: { kind: 'icebox', xM: 32.45, zM: 15.6, facingDeg: 90 },
      caption: {
        en: 'An icebox stands beside the kitchen’s entrance, left in place when the house was kept essentially as it was after Trotsky’s death in August 1940. Everyday things like this one show how a well-off household in Mexico City lived at the time. The kitchen had many to feed: Trotsky, Natalia, Sieva and their closest collaborators took their meals together in the dining room.',
        es: 'Junto a la entrada de la cocina hay una hielera, que quedó en su sitio cuando la casa se conservó casi intacta tras la muerte de Trotsky en agosto de 1940. Objetos cotidianos como este dejan ver cómo vivía un hogar acomodado de la Ciudad de México en aquella época. La cocina tenía muchas bocas que alimentar: Trotsky, Natalia, Sieva y sus colaboradores más cercanos comían juntos en el comedor.',
      },
      when: { en: '1940', es: '1940' },
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The icebox by the kitchen’s entrance is documented; this model and its exact place are our reconstruction.',
          es: 'La hielera junto a la entrada de la cocina está documentada; este modelo y su ubicación exacta son una reconstrucción nuestra.',
        },
      },
      related: ['kitchenware', 'kitchen-table', 'household-meals'],
    },
    {
      id: 'bricked-east-window',
      name: { en: 'The bricked-up east window', es: 'La ventana tapiada del muro este' },
      // At the east window (east wall, 2.5 m along), just inside the wall.
      model: { kind: 'marker', xM: 39.8, zM: 14.5, yM: 1.5 },
      caption: {
        en: 'A window used to open in the kitchen’s east wall, but because it looked onto Morelos Street it was filled in with bricks after the first attack on the house, on 24 May 1940. It was not the only one: the office’s two windows on Morelos Street are half bricked up and the old portico on Viena Street is closed entirely. With bars and steel shutters on the other windows, the inside of the house is rather dim today.',
        es: 'En el muro este de la cocina había una ventana, pero como daba a la calle Morelos se tapió con ladrillos después del primer ataque contra la casa, el 24 de mayo de 1940. No fue la única: las dos ventanas de la oficina hacia Morelos están tapiadas hasta la mitad y el antiguo pórtico sobre la calle Viena se cerró por completo. Con las rejas y las contraventanas de acero de las demás ventanas, el interior de la casa resulta hoy bastante oscuro.',
      },
      when: { en: 'After 24 May 1940', es: 'Después del 24 de mayo de 1940' },
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The bricked-up window in the east wall, facing Morelos Street, is documented; its size and exact place on the wall are our reconstruction.',
          es: 'La ventana tapiada del muro este, frente a la calle Morelos, está documentada; su tamaño y su lugar exacto en el muro son una reconstrucción nuestra.',
        },
      },
      captionThen: [
        {
          eras: { until: '1940-08' },
          note: {
            en: 'At this date the window is still open to the street: the bricks came after the raid.',
            es: 'En esta fecha la ventana todavía da a la calle: los ladrillos llegaron después del asalto.',
          },
        },
      ],
      related: ['half-bricked-windows', 'viena-portico', 'perimeter-walls'],
    },
    {
      id: 'kitchenware',
      name: { en: 'Kitchenware from the market', es: 'Trastes del mercado' },
      // Against the south wall, west half; front faces north.
      model: { kind: 'kitchen-shelf', xM: 34.8, zM: 16.65, facingDeg: 0 },
      caption: {
        en: 'Simple pots, dishes and utensils like these show how spare Trotsky and Natalia Sedova’s daily life in Mexico was: nothing in this kitchen is luxurious. The couple, it seems, enjoyed going to traditional markets, and that is where they bought their kitchen things. The pieces on this shelf are stand-ins, since the sources do not list what the kitchen held.',
        es: 'Ollas, platos y utensilios sencillos como estos muestran lo austera que era la vida diaria de Trotsky y Natalia Sedova en México: en esta cocina no hay nada lujoso. Al parecer, a los dos les gustaba ir a los mercados tradicionales, y ahí compraban sus trastes de cocina. Las piezas de este estante son ilustrativas, porque las fuentes no detallan qué había en la cocina.',
      },
      when: { en: '1939–1940', es: '1939-1940' },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The kitchen’s rustic plainness, and the couple buying their utensils at traditional markets, are documented; this shelf and the pieces on it are our reconstruction.',
          es: 'La sencillez rústica de la cocina y que la pareja comprara sus utensilios en mercados tradicionales están documentadas; este estante y las piezas que tiene son una reconstrucción nuestra.',
        },
      },
      related: ['kitchen-table', 'icebox', 'household-meals'],
    },
    {
      id: 'kitchen-table',
      name: { en: 'Work table (a reconstruction)', es: 'Mesa de trabajo (reconstrucción)' },
      // In the east half of the room, clear of the doorways and of the east window.
      model: { kind: 'work-table', xM: 37.2, zM: 15, facingDeg: 180 },
      caption: {
        en: 'No source describes the kitchen’s furniture, so this work table is our reconstruction. We use it to recall a choice the kitchen still speaks of: after nearly ten years of wandering exile, Trotsky and Natalia Sedova tried to take up Mexican ways in their new life, down to the food they picked out at the traditional markets. The household had a cook, Carmen Palma, who lived in the guards’ wing, though the sources do not say how she worked here.',
        es: 'Ninguna fuente describe los muebles de la cocina, así que esta mesa de trabajo es una reconstrucción nuestra. Nos sirve para recordar algo que la cocina todavía transmite: después de casi diez años de exilio errante, Trotsky y Natalia Sedova quisieron adoptar las costumbres mexicanas en su nueva vida, empezando por la comida que escogían en los mercados tradicionales. La casa tenía una cocinera, Carmen Palma, que vivía en el pabellón de los guardias, aunque las fuentes no cuentan cómo trabajaba aquí.',
      },
      when: { en: '1939–1940', es: '1939-1940' },
      people: ['leon-trotsky', 'natalia-sedova', 'carmen-palma'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'reconstructed',
        note: {
          en: 'Their wish to live the Mexican way and their trips to traditional markets are documented; this table and its place in the kitchen are our reconstruction.',
          es: 'Su deseo de vivir a la mexicana y sus visitas a los mercados tradicionales están documentados; esta mesa y su lugar en la cocina son una reconstrucción nuestra.',
        },
      },
      related: ['kitchenware', 'icebox', 'residents', 'household-meals'],
    },
  ],
});
