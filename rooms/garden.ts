import { defineRoom, documented, inEras, inferred, schematicLayout } from './define';
import { raidGarden } from './raid/garden';

/** The watchtowers went up after the raid; the sources do not date them, so the fortress era is our choice. */
const noTowers = inEras(
  { from: '1940-08' },
  {
    en: 'The watchtowers: none yet on the roofs; they went up when the house was fortified after the raid of May 1940.',
    es: 'Las torres de vigilancia: todavía no hay ninguna en las azoteas; se levantaron al fortificar la casa tras el asalto de mayo de 1940.',
  },
  documented(
    'The travel blog says watchtowers were added when the house was fortified after the May 1940 attack; it gives no date, and showing them from August 1940 is our choice.',
    'El blog de viaje dice que se añadieron torres de vigilancia al fortificar la casa tras el ataque de mayo de 1940; no da fecha, y mostrarlas desde agosto de 1940 es decisión nuestra.',
  ),
);
/** A line the fortification's captions add before the work was done. */
const notYetFortified = {
  eras: { until: '1940-08' as const },
  note: {
    en: 'At this date none of that has happened yet: the fortification followed the raid.',
    es: 'En esta fecha nada de eso ha ocurrido todavía: la fortificación vino después del asalto.',
  },
};

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
    'The size and shape of the compound, and the trees and houses over its walls, are ours: the sources describe only the walls.',
    'El tamaño y la forma del recinto, y los árboles y casas tras sus muros, son nuestros: las fuentes solo describen los muros.',
  ),
  wallHeightM: 4.5,
  finishes: { floor: 'grass', walls: 'ochre-plaster', ceiling: 'open-sky' },
  // The bedroom's garden door is a window today (bedroom.ts): the last declaration, so today's order is unchanged.
  doorways: [{ to: 'guards-house' }, { to: 'kitchen' }, { to: 'grandsons-room' }, { to: 'bedroom' }],
  changes: [
    {
      eras: { until: '1940-08' },
      note: {
        en: 'The alarms: the alarm systems outside are the ones of before the raid; they were improved when the house was fortified.',
        es: 'Las alarmas: los sistemas de alarma del exterior son los de antes del asalto; se mejoraron al fortificar la casa.',
      },
      evidence: documented(
        'The travel blog says that after the attack the alarm systems outside were improved; it does not describe the earlier ones.',
        'El blog de viaje dice que tras el ataque se mejoraron los sistemas de alarma exteriores; no describe los anteriores.',
      ),
    },
  ],
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
        ...noTowers,
        evidence: documented(
          'Watchtowers were added on the roof after the May 1940 attack; this position is schematic.',
          'Tras el ataque de mayo de 1940 se levantaron torres de vigilancia en la azotea; esta posición es esquemática.',
        ),
      },
      {
        on: 'grandsons-room',
        xM: 13.8,
        zM: 1.8,
        ...noTowers,
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
  exhibits: [
    {
      id: 'cacti',
      name: { en: 'Cacti gathered by Trotsky', es: 'Los cactus de Trotsky' },
      // In the open middle of the garden, beside the tomb, in the entrance view (about 43° east of north).
      model: { kind: 'cactus-bed', xM: 26, zM: 15.5, facingDeg: 180 },
      caption: {
        en: 'Many of the cacti in this garden were gathered in the countryside and planted here, one by one, by Trotsky himself; the collecting trips lasted until the attack of May 1940 put an end to his outings. Natalia Sedova remembered his zeal: “With what passion he looked in the mountains for cacti for our garden!” In her account none of the young people who went with him could keep up, and he carried his plants back, “heavy as lead”, under a fierce sun.',
        es: 'Buena parte de los cactus de este jardín los recogió el propio Trotsky en sus excursiones al campo y los fue plantando aquí con paciencia; esas salidas terminaron con el ataque de mayo de 1940. Natalia Sedova recordaba su entusiasmo: «¡Con qué pasión buscaba en las montañas cactus para nuestro jardín!». Según ella, ninguno de los jóvenes que lo acompañaban le seguía el paso, y él regresaba cargando sus cactus, pesados «como plomo», bajo un sol implacable.',
      },
      when: { en: '1939 to May 1940', es: 'De 1939 a mayo de 1940' },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'That Trotsky collected and planted many of the garden’s cacti is documented; this bed, its plants and its place are our reconstruction.',
          es: 'Está documentado que Trotsky recogió y plantó muchos de los cactus del jardín; este arriate, sus plantas y su ubicación son una reconstrucción nuestra.',
        },
      },
      related: ['tomb', 'rabbit-hutches', 'perimeter-walls'],
    },
    {
      id: 'rabbit-hutches',
      name: { en: 'Rabbit hutches', es: 'Conejeras' },
      // At the bottom of the garden, against the west wall, north of the guards’ house; fronts face east.
      model: { kind: 'rabbit-hutch', xM: 0.6, zM: 22.4, facingDeg: 90 },
      caption: {
        en: 'Trotsky had rabbits and chickens brought to the house and kept them here, at the bottom of the garden. Known in the household as the Old Man, he rose early to feed them before shutting himself away with his work, and looking after them became a fixed part of his day. Natalia Sedova later said that tending the animals and cleaning the rabbits’ cages “provided rest to his spirit and distracted him.”',
        es: 'Trotsky mandó traer conejos y gallinas a la casa y los tenía aquí, al fondo del jardín. En la casa lo llamaban «el Viejo»; madrugaba para darles de comer antes de encerrarse a trabajar, y cuidarlos se volvió parte fija de su rutina. Natalia Sedova contó después que atender a los animales y limpiar las jaulas de los conejos «le daba descanso al espíritu y lo distraía».',
      },
      when: { en: '1939–1940', es: '1939-1940' },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The rabbits at the bottom of the garden are documented, and the travel blog photographs the cages they were kept in; this model and its exact place are our reconstruction.',
          es: 'Los conejos al fondo del jardín están documentados, y el blog de viaje fotografía las jaulas donde vivían; este modelo y su ubicación exacta son una reconstrucción nuestra.',
        },
      },
      related: ['chicken-coop', 'cacti'],
    },
    {
      id: 'chicken-coop',
      name: { en: 'Chicken coop', es: 'Gallinero' },
      // Next to the hutches, against the west wall, kept 1 m clear of the guards’ house.
      model: { kind: 'chicken-coop', xM: 1.1, zM: 25.2, facingDeg: 90 },
      caption: {
        en: 'Trotsky’s chickens lived with the rabbits at the bottom of the garden, and a photograph shows him feeding them. The animals came first every morning; then he turned to his work, breaking off only for short naps and for the meals he shared with the household. The sources do not describe where the birds were housed, so this coop is our reconstruction.',
        es: 'Las gallinas de Trotsky vivían junto a los conejos, al fondo del jardín, y hay una fotografía en la que él les da de comer. Lo primero de cada mañana eran los animales; después se entregaba al trabajo y solo lo interrumpía para dormir siestas cortas y para comer con el resto de la casa. Las fuentes no describen dónde se resguardaban las aves, así que este gallinero es una reconstrucción nuestra.',
      },
      when: { en: '1939–1940', es: '1939-1940' },
      people: ['leon-trotsky'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'reconstructed',
        note: {
          en: 'The chickens, and the photograph of Trotsky feeding them, are documented; the coop itself, its look and its place are our reconstruction.',
          es: 'Las gallinas y la fotografía de Trotsky dándoles de comer están documentadas; el gallinero, su aspecto y su ubicación son una reconstrucción nuestra.',
        },
      },
      related: ['rabbit-hutches', 'household-meals'],
    },
    {
      id: 'perimeter-walls',
      name: { en: 'The perimeter walls', es: 'Los muros del recinto' },
      // On the east perimeter wall, south of the kitchen, in view when turning right from the entrance.
      model: { kind: 'marker', xM: 39.8, zM: 25, yM: 2.5 },
      caption: {
        en: 'High walls shut the garden off from the streets around it. After the attack of 24 May 1940, when some twenty gunmen led by the muralist David Alfaro Siqueiros got into the house, the compound was hardened into a small fortress: President Lázaro Cárdenas ordered it fortified, metal doors were fitted, the alarm systems outside were improved and watchtowers went up. From then on Trotsky’s outings were forbidden.',
        es: 'Altos muros aíslan el jardín de las calles que lo rodean. Después del ataque del 24 de mayo de 1940, cuando una veintena de hombres armados encabezados por el muralista David Alfaro Siqueiros entró en la casa, el recinto se convirtió en una pequeña fortaleza: el presidente Lázaro Cárdenas ordenó fortificarlo, se pusieron puertas metálicas, se mejoraron las alarmas exteriores y se levantaron torres de vigilancia. Desde entonces Trotsky ya no pudo salir de paseo.',
      },
      when: { en: 'Fortified after 24 May 1940', es: 'Fortificado después del 24 de mayo de 1940' },
      people: ['lazaro-cardenas', 'david-alfaro-siqueiros', 'leon-trotsky'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The high walls and the fortifying of the house after the May 1940 attack are documented; the walls’ height, their line and this spot are our reconstruction.',
          es: 'Los muros altos y la fortificación de la casa después del ataque de mayo de 1940 están documentados; la altura de los muros, su trazo y este punto son una reconstrucción nuestra.',
        },
      },
      captionThen: [notYetFortified],
      related: ['watchtowers', 'armored-doors', 'bricked-east-window', 'half-bricked-windows'],
    },
    {
      id: 'watchtowers',
      name: { en: 'Watchtowers', es: 'Torres de vigilancia' },
      // The tower on the office roof (grounds.watchtowers[0]): the office walls are 3 m high, plus 1.2 m.
      model: { kind: 'marker', xM: 38.2, zM: 1.8, yM: 4.2 },
      caption: {
        en: 'Watchtowers like this one went up on the roofs after the May 1940 attack, when the house was turned into a fortress; from the garden one of them can still be seen above the house. The danger was far from over. His grandson Sieva remembers Trotsky joking to Natalia most mornings, “Natalia, they have given us one more day of life,” and adds: “My grandfather knew that the next attack would be soon. The question was where from.” In August 1940 it came from a man the household had let in.',
        es: 'Torres de vigilancia como esta se levantaron en las azoteas después del ataque de mayo de 1940, cuando la casa se convirtió en fortaleza; desde el jardín todavía se ve una de ellas sobre la casa. El peligro no había pasado. Su nieto Sieva recuerda que casi todas las mañanas Trotsky bromeaba con Natalia: «Natalia, nos han dado un día más de vida», y añade: «Mi abuelo sabía que el próximo ataque no tardaría. La pregunta era por dónde vendría». En agosto de 1940 llegó de alguien a quien la casa le había abierto la puerta.',
      },
      when: { en: 'After 24 May 1940', es: 'Después del 24 de mayo de 1940' },
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'Watchtowers on the roof are documented, and a photograph taken from the garden shows one; how many there were and where each stood are our reconstruction. This marker sits on the tower we place on the office roof.',
          es: 'Las torres de vigilancia en la azotea están documentadas, y una fotografía tomada desde el jardín muestra una; cuántas eran y dónde estaba cada una son una reconstrucción nuestra. Este punto señala la torre que ubicamos sobre la oficina.',
        },
      },
      related: ['perimeter-walls', 'armored-doors', 'attack-site'],
      ...noTowers,
    },
    {
      id: 'tomb',
      name: { en: 'Tomb of Leon Trotsky and Natalia Sedova', es: 'Tumba de León Trotsky y Natalia Sedova' },
      // In the open garden, straight ahead from the entrance viewpoint (about 23° east of north, 10 m away).
      model: { kind: 'tomb', xM: 21, zM: 15.5, facingDeg: 180 },
      caption: {
        en: 'The ashes of Trotsky and of his wife, Natalia Sedova, are buried here in the garden beneath a stone memorial, with a Communist flag above it. He died on 21 August 1940: the travel blog says Ramón Mercader had struck him in the study the day before, while “Leon Trotsky: Love, Death and Exile in Mexico” gives 21 August as the date of the assassination itself. Natalia, who outlived him, described him as a man who “never did anything slowly or half-way.”',
        es: 'Las cenizas de Trotsky y las de su esposa, Natalia Sedova, reposan aquí, en el jardín, bajo un monumento de piedra con una bandera comunista en lo alto. Él murió el 21 de agosto de 1940: según el blog de viaje, Ramón Mercader lo había atacado en el estudio el día anterior, mientras que el artículo «Leon Trotsky: Love, Death and Exile in Mexico» fecha el asesinato mismo el 21 de agosto. Natalia, que lo sobrevivió, lo recordaba como alguien que «nunca hizo nada despacio ni a medias».',
      },
      people: ['leon-trotsky', 'natalia-sedova', 'ramon-mercader'],
      sources: ['002_b34dec8bdd231af5.txt', '001_9df9e8124444cb9b.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The stone memorial over both their ashes and the Communist flag are documented; the model’s shape and size and its place in the garden are our reconstruction.',
          es: 'El monumento de piedra sobre las cenizas de ambos y la bandera comunista están documentados; la forma y el tamaño del modelo y su lugar en el jardín son una reconstrucción nuestra.',
        },
      },
      related: ['attack-site', 'trotskys-desk', 'cacti'],
      ...inEras(
        { from: 'today' },
        {
          en: 'The tomb: not here yet; the memorial over the ashes of Trotsky and Natalia, and its flag, came after his death.',
          es: 'La tumba: todavía no existe; el monumento sobre las cenizas de Trotsky y Natalia, con su bandera, vino después de su muerte.',
        },
        documented(
          'The travel blog says both their ashes are buried under the memorial; he died on 21 August 1940 and Natalia outlived him. Neither article dates the burial, so the tomb appears only in the museum.',
          'El blog de viaje dice que las cenizas de ambos están bajo el monumento; él murió el 21 de agosto de 1940 y Natalia lo sobrevivió. Ningún artículo fecha el entierro, así que la tumba solo aparece en el museo.',
          ['002_b34dec8bdd231af5.txt', '001_9df9e8124444cb9b.txt'],
        ),
      ),
    },
    ...raidGarden,
  ],
});
