import { defineRoom, documented, inEras, inferred, schematicLayout, shutteredWindowEvidence } from './define';

export default defineRoom({
  id: 'guards-house',
  name: { en: "Guards' house", es: 'Casa de los guardias' },
  intro: {
    en: 'Trotsky had this wing built after moving in, in 1939, for the people he called "the family": secretaries, guards, the cook, a servant and two old friends from France. When the house was attacked in May 1940, the gunfire kept all of them shut inside their rooms.',
    es: 'Trotsky mandó construir este pabellón después de mudarse, en 1939, para quienes llamaba «la familia»: secretarios, guardias, la cocinera, una sirvienta y dos viejos amigos franceses. Durante el ataque de mayo de 1940 el tiroteo los mantuvo a todos encerrados en sus cuartos.',
  },
  kind: 'indoor',
  // Built after the move of May 1939: the first era has garden where the wing stands.
  ...inEras(
    { from: '1940-05-24' },
    {
      en: 'The guards’ house: not built yet; Trotsky had the wing put up for “the family” after moving in, in May 1939.',
      es: 'La casa de los guardias: todavía no existe; Trotsky mandó construir el pabellón para «la familia» después de mudarse, en mayo de 1939.',
    },
    documented(
      'The travel blog says Trotsky had the guards’ house built upon moving here in May 1939, and that by May 1940 it housed the people it names.',
      'El blog de viaje dice que Trotsky mandó construir la casa de los guardias al mudarse aquí en mayo de 1939, y que para mayo de 1940 vivían en ella las personas que nombra.',
    ),
  ),
  footprint: { xM: 2, zM: 28, widthM: 12, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The building is documented; its place by the south wall and its size are schematic.',
    'El edificio está documentado; su ubicación junto al muro sur y su tamaño son esquemáticos.',
  ),
  wallHeightM: 2.9,
  finishes: { floor: 'cement-tile', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    {
      to: 'garden',
      opening: {
        wall: 'north',
        alongM: 6,
        widthM: 1.1,
        leaf: 'door',
        evidence: inferred('A door onto the garden is assumed.', 'Se supone una puerta que da al jardín.'),
      },
    },
  ],
  windows: [
    {
      id: 'north-west-window',
      wall: 'north',
      alongM: 2.5,
      widthM: 1.2,
      state: 'barred',
      evidence: shutteredWindowEvidence,
    },
    {
      id: 'north-east-window',
      wall: 'north',
      alongM: 9.5,
      widthM: 1.2,
      state: 'barred',
      evidence: shutteredWindowEvidence,
    },
  ],
  // The rooms its people could not leave on the night of the raid. No source gives the plan: a passage runs south
  // from the garden door between two pairs of rooms, the north ones lit by the two windows. Who slept where is our
  // grouping of the ten people the travel blog names: the Rosmers together, the cook with the servant, the two
  // bodyguards, and the four assistants.
  partitions: {
    evidence: inferred(
      'No source gives the plan: these rooms, their doors and who slept in each are our reconstruction.',
      'Ninguna fuente da el plano: estos cuartos, sus puertas y quién dormía en cada uno son una reconstrucción nuestra.',
    ),
    rooms: [
      { id: 'passage', name: { en: 'the passage', es: 'el pasillo' }, area: { xM: 7.3, zM: 28, widthM: 1.4, depthM: 6 } },
      {
        id: 'guards',
        name: { en: 'the bodyguards’ room', es: 'el cuarto de los guardaespaldas' },
        area: { xM: 2, zM: 28, widthM: 5.3, depthM: 3 },
        people: ['robert-sheldon-harte', 'walter-kerley'],
      },
      {
        id: 'assistants',
        name: { en: 'the assistants’ room', es: 'el cuarto de los asistentes' },
        area: { xM: 2, zM: 31, widthM: 5.3, depthM: 3 },
        people: ['otto-schussler', 'harold-robins', 'jake-cooper', 'charles-cornell'],
      },
      {
        id: 'rosmers',
        name: { en: 'the Rosmers’ room', es: 'el cuarto de los Rosmer' },
        area: { xM: 8.7, zM: 28, widthM: 5.3, depthM: 3 },
        people: ['alfred-rosmer', 'marguerite-rosmer'],
      },
      {
        id: 'cook-and-servant',
        name: { en: 'the cook’s and the servant’s room', es: 'el cuarto de la cocinera y la sirvienta' },
        area: { xM: 8.7, zM: 31, widthM: 5.3, depthM: 3 },
        people: ['carmen-palma', 'belen-estrada'],
      },
    ],
    // Doors 1 m wide, 2 m and 4 m down the passage: one into each room, clear of the wall between the pairs.
    walls: [
      { from: { xM: 7.3, zM: 28 }, to: { xM: 7.3, zM: 34 }, doors: [{ alongM: 2, widthM: 1 }, { alongM: 4, widthM: 1 }] },
      { from: { xM: 8.7, zM: 28 }, to: { xM: 8.7, zM: 34 }, doors: [{ alongM: 2, widthM: 1 }, { alongM: 4, widthM: 1 }] },
      { from: { xM: 2, zM: 31 }, to: { xM: 7.3, zM: 31 } },
      { from: { xM: 8.7, zM: 31 }, to: { xM: 14, zM: 31 } },
    ],
  },
  exhibits: [
    {
      id: 'family-wing',
      name: { en: 'A wing for “the family”', es: 'Un pabellón para «la familia»' },
      // Just inside the door onto the garden (north wall, 6 m along), above the lintel.
      model: { kind: 'marker', xM: 8, zM: 28.2, yM: 2.2 },
      caption: {
        en: 'After moving into this house in 1939, Trotsky had this wing built as lodgings for the people he called “the family”. The travel blog dates the move to May 1939, while “Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938” places it in early 1939. Several of the wing’s residents spent their days working in the office, and “the family” shared meals with Trotsky, Natalia and Sieva in the dining room.',
        es: 'Después de instalarse en esta casa en 1939, Trotsky mandó construir este pabellón para alojar a quienes llamaba «la familia». El blog de viaje fecha la mudanza en mayo de 1939; el artículo «Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938» la sitúa a principios de ese año. Varios de sus habitantes pasaban el día trabajando en la oficina, y «la familia» comía con Trotsky, Natalia y Sieva en el comedor.',
      },
      when: { en: '1939, soon after the move', es: '1939, poco después de la mudanza' },
      people: ['leon-trotsky'],
      sources: ['002_b34dec8bdd231af5.txt', '000_78ac5b74e856ea78.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'That Trotsky had this wing built for “the family” after the move is documented; its size, its door and its place by the south wall are our reconstruction.',
          es: 'Está documentado que Trotsky mandó construir este pabellón para «la familia» después de la mudanza; su tamaño, su puerta y su ubicación junto al muro sur son una reconstrucción nuestra.',
        },
      },
      related: ['residents', 'trapped-by-gunfire', 'household-meals', 'secretaries-desks'],
    },
    {
      id: 'residents',
      name: { en: 'Who lived here', es: 'Quiénes vivían aquí' },
      // Head against the south wall, below the west window; clear of the door and of both windows.
      model: { kind: 'cot', xM: 4.5, zM: 32.85, facingDeg: 0 },
      caption: {
        en: 'By May 1940 this wing housed the cook, Carmen Palma, and the servant, Belén Estrada; Trotsky’s assistants Otto Schüssler, Harold Robins, Jake Cooper and Charles Cornell; the bodyguards Robert Sheldon Harte and Walter Kerley; and two old friends from France, Alfred Rosmer and his wife, Marguerite. According to the police, it was Sheldon Harte, the head of Trotsky’s security, who opened the door to the gunmen on 24 May 1940. This plain cot stands in for their beds: the sources do not say how the rooms were furnished.',
        es: 'Para mayo de 1940 vivían en este pabellón la cocinera, Carmen Palma, y la sirvienta, Belén Estrada; los asistentes de Trotsky Otto Schüssler, Harold Robins, Jake Cooper y Charles Cornell; los guardaespaldas Robert Sheldon Harte y Walter Kerley, y dos viejos amigos franceses, Alfred Rosmer y su esposa, Marguerite. Según la policía, fue Sheldon Harte, jefe de seguridad de Trotsky, quien les abrió la puerta a los atacantes el 24 de mayo de 1940. Este catre sencillo representa sus camas: las fuentes no dicen cómo estaban amueblados los cuartos.',
      },
      when: { en: 'By May 1940', es: 'Para mayo de 1940' },
      people: [
        'carmen-palma',
        'belen-estrada',
        'otto-schussler',
        'harold-robins',
        'jake-cooper',
        'charles-cornell',
        'robert-sheldon-harte',
        'walter-kerley',
        'alfred-rosmer',
        'marguerite-rosmer',
      ],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'reconstructed',
        note: {
          en: 'Who lived in the wing by May 1940 is documented by the travel blog; the cot is our reconstruction, as are the layout and furniture of the rooms.',
          es: 'Quiénes vivían en el pabellón para mayo de 1940 lo documenta el blog de viaje; el catre es una reconstrucción nuestra, igual que la distribución y los muebles de los cuartos.',
        },
      },
      related: ['family-wing', 'trapped-by-gunfire', 'secretaries-desks', 'attackers-doors'],
    },
    {
      id: 'trapped-by-gunfire',
      name: { en: 'Pinned down by gunfire', es: 'Atrapados por el tiroteo' },
      // At the north-east window (north wall, 9.5 m along), just inside.
      model: { kind: 'marker', xM: 11.5, zM: 28.2, yM: 1.5 },
      caption: {
        en: 'In the early hours of 24 May 1940, while Siqueiros’s group was shooting into Trotsky’s bedroom, the gunfire was so heavy that no one in this wing could get out of their room to fight back. Trotsky and Natalia survived by throwing themselves into the corner behind their bed, and their grandson Sieva was lightly wounded in the foot, the only person hurt in the attack.',
        es: 'En la madrugada del 24 de mayo de 1940, mientras el grupo de Siqueiros disparaba contra el dormitorio de Trotsky, el fuego era tan intenso que nadie en este pabellón pudo salir de su cuarto para hacerles frente. Trotsky y Natalia salvaron la vida tirándose al rincón detrás de su cama, y su nieto Sieva recibió un balazo leve en el pie: fue el único herido del ataque.',
      },
      when: { en: '24 May 1940', es: '24 de mayo de 1940' },
      people: ['david-alfaro-siqueiros', 'leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'That the gunfire kept the wing’s residents shut in their rooms is documented; this window, and which room it lit, are our reconstruction.',
          es: 'Está documentado que el tiroteo mantuvo encerrados en sus cuartos a los habitantes del pabellón; esta ventana, y a qué cuarto correspondía, son una reconstrucción nuestra.',
        },
      },
      related: ['residents', 'bullet-holes', 'corner-behind-bed', 'sievas-story'],
    },
  ],
});
