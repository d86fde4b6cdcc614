// The dated events of the three source articles that bear on the house and its people, in date order.
// Where the articles disagree, the event says so (`disagreement`) and its `date` is the earliest reading, so the
// list still sorts correctly; the visitor reads `dateLabel`, which gives every reading.
import type { TimelineEventInput } from './schema';

const KAHLO_VISIT = '000_78ac5b74e856ea78.txt';
const LOVE_DEATH_EXILE = '001_9df9e8124444cb9b.txt';
const TRAVEL_BLOG = '002_b34dec8bdd231af5.txt';

/** The three articles' readings of August 1940, shared by the blow and the death. */
const AUGUST_1940_DISAGREEMENT = {
  en: 'The travel blog “Leon Trotsky’s Home In Mexico City” dates the blow to 20 August 1940 and Trotsky’s death to 21 August; “Leon Trotsky: Love, Death and Exile in Mexico” gives 21 August 1940 as the day he was assassinated; “Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938” says only that it happened in August 1940.',
  es: 'El blog de viaje «Leon Trotsky’s Home In Mexico City» fecha el ataque el 20 de agosto de 1940 y la muerte de Trotsky el 21; «Leon Trotsky: Love, Death and Exile in Mexico» da el 21 de agosto de 1940 como el día en que fue asesinado; «Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938» solo dice que ocurrió en agosto de 1940.',
};

export const timeline: TimelineEventInput[] = [
  {
    id: 'frida-kahlo-born',
    date: '1907',
    dateLabel: { en: '1907', es: '1907' },
    text: {
      en: 'Frida Kahlo is born in the Blue House (La Casa Azul) in Coyoacán, her family’s home, where she grows up and later lives with her husband, Diego Rivera. Thirty years on, the Trotskys will find their first refuge in Mexico there.',
      es: 'Frida Kahlo nace en la Casa Azul de Coyoacán, el hogar de su familia, donde crece y donde años después vive con su esposo, Diego Rivera. Tres décadas más tarde, los Trotsky encontrarán ahí su primer refugio en México.',
    },
    people: ['frida-kahlo', 'diego-rivera'],
    sources: [TRAVEL_BLOG, KAHLO_VISIT],
  },
  {
    id: 'lenin-dies',
    date: '1924',
    dateLabel: { en: '1924', es: '1924' },
    text: {
      en: 'Lenin dies. Trotsky, who had run foreign affairs for revolutionary Russia and founded the Red Army, looks set to take the helm of the revolutionary state, but Stalin outmanoeuvres him, and before long Trotsky is in exile once more; his places of exile include France, Norway and Turkey, and later Mexico.',
      es: 'Muere Lenin. Trotsky, que había dirigido la política exterior de la Rusia revolucionaria y fundado el Ejército Rojo, parece destinado a encabezar el Estado revolucionario, pero Stalin le gana la partida y poco después Trotsky vuelve al exilio, que lo lleva a Francia, Noruega y Turquía y, más tarde, a México.',
    },
    people: ['leon-trotsky', 'joseph-stalin'],
    sources: [LOVE_DEATH_EXILE],
  },
  {
    id: 'zina-bronstein-dies',
    date: '1933-01-05',
    dateLabel: { en: '5 January 1933', es: '5 de enero de 1933' },
    text: {
      en: 'Sieva’s mother, Zina Bronstein, takes her own life in Berlin.',
      es: 'Zina Bronstein, la madre de Sieva, se quita la vida en Berlín.',
    },
    people: ['zina-bronstein', 'sieva-volkov'],
    rooms: ['grandsons-room'],
    exhibits: ['sievas-story'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'platon-volkov-arrested',
    date: '1935',
    dateLabel: { en: '1935', es: '1935' },
    text: {
      en: 'Sieva’s father, Platon Volkov, is arrested in the Great Purges and disappears into the Gulag.',
      es: 'Platón Vólkov, el padre de Sieva, es detenido durante la Gran Purga y desaparece en el Gulag.',
    },
    people: ['platon-volkov', 'sieva-volkov'],
    rooms: ['grandsons-room'],
    exhibits: ['sievas-story'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'arrival-in-mexico',
    date: '1936',
    dateLabel: { en: '1936 or January 1937', es: '1936 o enero de 1937' },
    text: {
      en: 'Diego Rivera has asked the government of President Lázaro Cárdenas to give Trotsky asylum, and Trotsky and Natalia Sedova reach Mexico aboard a Norwegian oil tanker, landing at the port of Tampico. Rivera is ill, so Frida Kahlo goes on board to greet them and rides with them to Mexico City on an armoured train; they settle in her family home, the Blue House in Coyoacán. By then Trotsky has lost all four of his children, and many other relatives.',
      es: 'A petición de Diego Rivera, el gobierno del presidente Lázaro Cárdenas concede asilo a Trotsky, que llega a México con Natalia Sedova a bordo de un buque petrolero noruego y desembarca en el puerto de Tampico. Como Rivera está enfermo, Frida Kahlo sube al barco a recibirlos y los acompaña a la Ciudad de México en un tren blindado; se instalan en la casa de la familia de ella, la Casa Azul de Coyoacán. Para entonces Trotsky ha perdido a sus cuatro hijos y a muchos otros parientes.',
    },
    disagreement: {
      en: '“Leon Trotsky: Love, Death and Exile in Mexico” has him going to Mexico in 1936; “Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938” dates the landing at Tampico to January 1937, and “Leon Trotsky’s Home In Mexico City” has the couple reaching Mexico City in 1937.',
      es: '«Leon Trotsky: Love, Death and Exile in Mexico» sitúa su llegada a México en 1936; «Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938» fecha el desembarco en Tampico en enero de 1937, y «Leon Trotsky’s Home In Mexico City» dice que la pareja llegó a la Ciudad de México en 1937.',
    },
    people: ['leon-trotsky', 'natalia-sedova', 'frida-kahlo', 'diego-rivera', 'lazaro-cardenas'],
    sources: [KAHLO_VISIT, LOVE_DEATH_EXILE, TRAVEL_BLOG],
  },
  {
    id: 'film-thanking-mexico',
    date: '1937',
    dateLabel: { en: '1937', es: '1937' },
    text: {
      en: 'Grainy film from this year shows Trotsky speaking in halting English: he thanks Mexico for taking him in and defends himself against the show trials Stalin had staged back in Russia; he had been sentenced to death in his absence.',
      es: 'Una película granulosa de este año muestra a Trotsky hablando en un inglés entrecortado: agradece a México que lo haya acogido y se defiende de los juicios montados por Stalin en Rusia; lo habían condenado a muerte en ausencia.',
    },
    people: ['leon-trotsky', 'joseph-stalin'],
    sources: [LOVE_DEATH_EXILE],
  },
  {
    id: 'rivera-kahlo-visit-filmed',
    date: '1938',
    dateLabel: { en: '1938', es: '1938' },
    text: {
      en: 'Ivan Heisler, an American visitor, films Diego Rivera and Frida Kahlo calling on Trotsky and Natalia Sedova in Coyoacán. Around then Trotsky and Kahlo are having, or are about to have, a short-lived affair, and the two couples will soon fall out. In readers’ comments under that article, one reader names the music heard on the film as “Sandunga” and another as “La Zandunga”.',
      es: 'Ivan Heisler, un visitante estadounidense, filma a Diego Rivera y Frida Kahlo de visita con Trotsky y Natalia Sedova en Coyoacán. Para entonces Trotsky y Kahlo ya han tenido, o están por tener, un breve romance, y la amistad entre las dos parejas está a punto de romperse. En los comentarios al pie de ese artículo, un lector identifica la música de la película como «Sandunga» y otro como «La Zandunga».',
    },
    people: ['diego-rivera', 'frida-kahlo', 'leon-trotsky', 'natalia-sedova'],
    sources: [KAHLO_VISIT],
  },
  {
    id: 'move-to-this-house',
    date: '1939',
    dateLabel: { en: 'Early 1939 or May 1939', es: 'Principios de 1939 o mayo de 1939' },
    text: {
      en: 'With the affair between Kahlo and Trotsky making life at the Blue House awkward, the Trotskys move about five blocks away, to this house on Avenida Río Churubusco in the same neighbourhood. Because Stalin has ordered Trotsky killed, and attempts follow, the house will gradually become a small fortress.',
      es: 'Como el romance entre Kahlo y Trotsky vuelve incómoda la vida en la Casa Azul, los Trotsky se mudan a unas cinco cuadras, a esta casa de la avenida Río Churubusco, en el mismo barrio. Stalin ha ordenado matar a Trotsky, y ante los intentos que siguen la casa se irá convirtiendo en una pequeña fortaleza.',
    },
    disagreement: {
      en: '“Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938” dates the move to early 1939; “Leon Trotsky’s Home In Mexico City” to May 1939.',
      es: '«Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938» fecha la mudanza a principios de 1939; «Leon Trotsky’s Home In Mexico City», en mayo de 1939.',
    },
    people: ['leon-trotsky', 'natalia-sedova', 'frida-kahlo', 'joseph-stalin'],
    rooms: ['garden'],
    exhibits: ['perimeter-walls', 'cacti'],
    sources: [KAHLO_VISIT, TRAVEL_BLOG],
  },
  {
    id: 'guards-house-built',
    date: '1939',
    dateLabel: { en: '1939, after the move', es: '1939, después de la mudanza' },
    text: {
      en: 'Soon after moving in, Trotsky has a new wing built in the compound to lodge “the family”: the assistants, bodyguards and household staff who share his life here.',
      es: 'Poco después de la mudanza, Trotsky manda construir en el recinto un nuevo pabellón para alojar a «la familia»: los asistentes, los guardaespaldas y el personal de la casa que comparten su vida aquí.',
    },
    people: ['leon-trotsky'],
    rooms: ['guards-house'],
    exhibits: ['family-wing', 'residents'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'sieva-arrives',
    date: '1939-08',
    dateLabel: { en: 'August 1939', es: 'Agosto de 1939' },
    text: {
      en: 'Trotsky’s grandson Vsevolod Volkov, known as Sieva, arrives in Mexico to live with his grandfather. He gets a room of his own and joins the shared meals in the dining room.',
      es: 'Vsévolod Vólkov, Sieva, nieto de Trotsky, llega a México para vivir con su abuelo. Tiene su propio cuarto y se suma a las comidas en común del comedor.',
    },
    people: ['sieva-volkov', 'leon-trotsky', 'natalia-sedova'],
    rooms: ['grandsons-room', 'dining-room'],
    exhibits: ['sievas-bed', 'household-meals'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'household-by-may-1940',
    date: '1940-05',
    dateLabel: { en: 'By May 1940', es: 'Para mayo de 1940' },
    text: {
      en: 'By now the guards’ wing houses the cook Carmen Palma, the servant Belén Estrada, the assistants Otto Schüssler, Harold Robins, Jake Cooper and Charles Cornell, the bodyguards Robert Sheldon Harte and Walter Kerley, and the old French friends Alfred and Marguerite Rosmer. In the office, Schüssler, Cooper, Robins and Cornell work alongside the secretary Fanny Ivanovich through the last months of Trotsky’s life.',
      es: 'Para entonces viven en el pabellón de los guardias la cocinera Carmen Palma, la sirvienta Belén Estrada, los asistentes Otto Schüssler, Harold Robins, Jake Cooper y Charles Cornell, los guardaespaldas Robert Sheldon Harte y Walter Kerley, y los viejos amigos franceses Alfred y Marguerite Rosmer. En la oficina, Schüssler, Cooper, Robins y Cornell trabajan junto a la secretaria Fanny Ivanovich durante los últimos meses de vida de Trotsky.',
    },
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
      'fanny-ivanovich',
    ],
    rooms: ['guards-house', 'office'],
    exhibits: ['residents', 'secretaries-desks'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'joseph-hansen-joins',
    date: '1940-05',
    dateLabel: { en: 'May 1940', es: 'Mayo de 1940' },
    text: {
      en: 'Joseph Hansen, who had long worked with Trotsky, joins the staff in the office.',
      es: 'Joseph Hansen, antiguo colaborador de Trotsky, se incorpora al equipo de la oficina.',
    },
    people: ['joseph-hansen', 'leon-trotsky'],
    rooms: ['office'],
    exhibits: ['secretaries-desks'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'siqueiros-attack',
    date: '1940-05-24',
    dateLabel: { en: '24 May 1940', es: '24 de mayo de 1940' },
    text: {
      en: 'In the early morning about twenty gunmen led by the muralist David Alfaro Siqueiros get into the house; the police later say that Robert Sheldon Harte, head of Trotsky’s security, opened the door to them. Siqueiros, the Spanish painter Antonio Pujol and the Mexican painter Luis Arenal shoot into the bedroom from three doors, firing nearly 200 rounds between them and hitting the bed with more than fifty, while incendiary bombs are thrown to burn Trotsky’s archives. Trotsky and Natalia survive by dropping into the corner behind the bed, out of the gunmen’s sight; Sieva hides under his own bed and is the only one wounded, lightly, by a bullet in the foot, and the gunfire keeps everyone in the guards’ wing shut in their rooms.',
      es: 'De madrugada, una veintena de hombres armados encabezados por el muralista David Alfaro Siqueiros entra en la casa; según la policía, Robert Sheldon Harte, jefe de seguridad de Trotsky, les abrió la puerta. Siqueiros, el pintor español Antonio Pujol y el pintor mexicano Luis Arenal disparan contra el dormitorio desde tres puertas, casi 200 tiros entre los tres, y la cama recibe más de cincuenta; además lanzan bombas incendiarias para quemar el archivo de Trotsky. Trotsky y Natalia se salvan tirándose al rincón detrás de la cama, fuera de la vista de los atacantes; Sieva se esconde bajo su cama y es el único herido, con un balazo leve en el pie, y el tiroteo mantiene encerrados en sus cuartos a todos los del pabellón de los guardias.',
    },
    people: [
      'david-alfaro-siqueiros',
      'antonio-pujol',
      'luis-arenal',
      'robert-sheldon-harte',
      'leon-trotsky',
      'natalia-sedova',
      'sieva-volkov',
    ],
    rooms: ['bedroom', 'study', 'grandsons-room', 'guards-house'],
    exhibits: [
      'replacement-bed',
      'bullet-holes',
      'corner-behind-bed',
      'attackers-doors',
      'sievas-story',
      'trapped-by-gunfire',
    ],
    sources: [TRAVEL_BLOG],
  },
  {
    // The sources say only "following" the attack; the date is the attack's, so the event sorts after it.
    id: 'house-fortified',
    date: '1940-05-24',
    dateLabel: { en: 'After 24 May 1940', es: 'Después del 24 de mayo de 1940' },
    text: {
      en: 'After the attack President Lázaro Cárdenas orders the house fortified. Metal doors are fitted, the alarm systems outside are improved and watchtowers rise on the roof; some windows, among them the kitchen’s on Morelos Street, are bricked up, and Trotsky’s outings are banned. Most mornings, Sieva remembers, his grandfather would joke: “Natalia, they have given us one more day of life.”',
      es: 'Tras el ataque, el presidente Lázaro Cárdenas ordena fortificar la casa. Se ponen puertas metálicas, se mejoran las alarmas exteriores y se levantan torres de vigilancia en la azotea; algunas ventanas, entre ellas la de la cocina sobre la calle Morelos, se tapian con ladrillos, y a Trotsky se le prohíben las salidas. Casi todas las mañanas, recuerda Sieva, su abuelo bromeaba: «Natalia, nos han dado un día más de vida».',
    },
    people: ['lazaro-cardenas', 'leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
    rooms: ['garden', 'kitchen', 'bedroom'],
    exhibits: ['armored-doors', 'watchtowers', 'perimeter-walls', 'bricked-east-window'],
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'mercader-attack',
    date: '1940-08-20',
    dateLabel: { en: '20 August 1940', es: '20 de agosto de 1940' },
    text: {
      en: 'In the study, Ramón Mercader strikes Trotsky on the head with an ice axe. The attack came from inside: a Stalinist agent, he had gained a place close to the household through an affair begun years earlier with a trusted secretary in Trotsky’s inner circle. Trotsky had been working on his biography of Stalin, which stayed unfinished. “It was very well done,” Sieva says of the plot; “We were like children compared to them.”',
      es: 'En el estudio, Ramón Mercader golpea a Trotsky en la cabeza con un piolet. El ataque vino de dentro: agente estalinista, se había ganado un lugar cerca de la casa gracias a un romance iniciado años antes con alguien del secretariado, de toda confianza en el círculo íntimo de Trotsky. Trotsky trabajaba en su biografía de Stalin, que quedó inconclusa. «Estuvo muy bien hecho», dice Sieva del complot; «Éramos como niños comparados con ellos».',
    },
    disagreement: AUGUST_1940_DISAGREEMENT,
    people: ['ramon-mercader', 'leon-trotsky', 'sieva-volkov', 'joseph-stalin'],
    rooms: ['study'],
    exhibits: ['attack-site', 'trotskys-desk', 'stalin-biography'],
    sources: [TRAVEL_BLOG, LOVE_DEATH_EXILE, KAHLO_VISIT],
  },
  {
    id: 'trotsky-dies',
    date: '1940-08-21',
    dateLabel: { en: '21 August 1940', es: '21 de agosto de 1940' },
    text: {
      en: 'Trotsky dies in hospital of his wound. The house is kept essentially as it was, down to his glasses and papers on the study desk. Today his ashes and Natalia’s lie in the garden under a stone memorial.',
      es: 'Trotsky muere en el hospital a causa de la herida. La casa se conserva prácticamente como estaba, hasta sus lentes y sus papeles sobre el escritorio del estudio. Hoy sus cenizas y las de Natalia reposan en el jardín bajo un monumento de piedra.',
    },
    disagreement: AUGUST_1940_DISAGREEMENT,
    people: ['leon-trotsky', 'natalia-sedova'],
    rooms: ['study', 'garden'],
    exhibits: ['trotskys-desk', 'tomb'],
    sources: [TRAVEL_BLOG, LOVE_DEATH_EXILE, KAHLO_VISIT],
  },
];
