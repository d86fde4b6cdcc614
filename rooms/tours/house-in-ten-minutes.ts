import { TRAVEL_BLOG } from '../define';
import type { TourInput } from '../tourSchema';

const KAHLO_VISIT = '000_78ac5b74e856ea78.txt';
const LOVE_DEATH_EXILE = '001_9df9e8124444cb9b.txt';

export default {
  id: 'house-in-ten-minutes',
  title: { en: 'The house in ten minutes', es: 'La casa en diez minutos' },
  summary: {
    en: 'The whole compound in twelve stops, from the garden to the study.',
    es: 'Todo el recinto en doce paradas, del jardín al estudio.',
  },
  minutes: 10,
  stops: [
    {
      room: 'garden',
      look: { kind: 'overview' },
      title: { en: 'The compound from above', es: 'El recinto desde arriba' },
      narration: {
        en: 'Seen from above, the compound is a walled garden, with the house along two of its sides and a wing for the household by the south wall. Trotsky and Natalia Sedova moved here in 1939, a few blocks from Frida Kahlo’s Blue House, and lived here until his murder in August 1940. A stone memorial in the garden covers the ashes of them both. Our plan of the rooms is a schematic reconstruction: the sources describe the rooms, not their measurements.',
        es: 'Visto desde arriba, el recinto es un jardín amurallado, con la casa a lo largo de dos de sus lados y, junto al muro sur, un pabellón para la gente de la casa. Trotsky y Natalia Sedova se mudaron aquí en 1939, a unas cuadras de la Casa Azul de Frida Kahlo, y aquí vivieron hasta que lo asesinaron en agosto de 1940. En el jardín, un monumento de piedra guarda las cenizas de ambos. Nuestro plano de los cuartos es una reconstrucción esquemática: las fuentes describen los cuartos, no sus medidas.',
      },
      sources: [TRAVEL_BLOG, KAHLO_VISIT],
      mentions: ['tomb', 'family-wing'],
      people: ['leon-trotsky', 'natalia-sedova', 'frida-kahlo'],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'cacti' },
      title: { en: 'A walled garden', es: 'Un jardín amurallado' },
      narration: {
        en: 'High walls shut this garden off from the streets of Coyoacán. Many of its cacti were gathered in the countryside and planted here by Trotsky himself, on collecting trips that went on until the attack of May 1940. Natalia Sedova remembered that none of the young people who came along could keep pace with him.',
        es: 'Muros altos separan este jardín de las calles de Coyoacán. Muchos de sus cactus los trajo del campo y los plantó aquí el propio Trotsky, en excursiones que duraron hasta el ataque de mayo de 1940. Natalia Sedova recordaba que ninguno de los jóvenes que lo acompañaban podía seguirle el paso.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['perimeter-walls'],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'rabbit-hutches' },
      title: { en: 'Rabbits and chickens', es: 'Conejos y gallinas' },
      narration: {
        en: 'At the bottom of the garden Trotsky kept rabbits and chickens, which he had had brought to the house. The Old Man, as the household called him, was up early to feed them before his day’s work began. Natalia said that tending the animals and cleaning the rabbits’ cages “provided rest to his spirit and distracted him.”',
        es: 'Al fondo del jardín Trotsky tenía conejos y gallinas que había mandado traer a la casa. En la casa lo llamaban «el Viejo», y madrugaba para darles de comer antes de ponerse a trabajar. Natalia contaba que cuidar a los animales y limpiar las jaulas de los conejos «le daba descanso al espíritu y lo distraía».',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['chicken-coop'],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'guards-house',
      look: { kind: 'exhibit', exhibit: 'family-wing' },
      title: { en: 'A wing for “the family”', es: 'Un pabellón para «la familia»' },
      narration: {
        en: 'After the move Trotsky had this wing built for the people he called “the family”. By May 1940 it housed his assistants and bodyguards, the cook Carmen Palma, the servant Belén Estrada, and Alfred and Marguerite Rosmer, old friends from France. Several of them spent their days working in the office, and “the family” shared Trotsky’s table in the dining room.',
        es: 'Después de la mudanza, Trotsky mandó construir este pabellón para quienes llamaba «la familia». Para mayo de 1940 vivían aquí sus asistentes y guardaespaldas, la cocinera Carmen Palma, la sirvienta Belén Estrada y Alfred y Marguerite Rosmer, viejos amigos franceses. Varios de ellos pasaban el día trabajando en la oficina, y «la familia» compartía la mesa de Trotsky en el comedor.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['residents', 'secretaries-desks', 'household-meals'],
      people: ['leon-trotsky', 'carmen-palma', 'belen-estrada', 'alfred-rosmer', 'marguerite-rosmer'],
    },
    {
      room: 'kitchen',
      look: { kind: 'exhibit', exhibit: 'kitchenware' },
      title: { en: 'A plain kitchen', es: 'Una cocina sencilla' },
      narration: {
        en: 'Nothing in this kitchen is luxurious. Trotsky and Natalia tried to take up Mexican ways, and they seem to have enjoyed shopping for food and pots at the traditional markets. An icebox stands by the entrance; the window in the east wall, which looked onto Morelos Street, was bricked up after the first attack.',
        es: 'En esta cocina no hay nada lujoso. Trotsky y Natalia quisieron adoptar las costumbres mexicanas, y al parecer disfrutaban ir a los mercados tradicionales a comprar comida y trastes. Junto a la entrada hay una hielera; la ventana del muro este, que daba a la calle Morelos, se tapió después del primer ataque.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['icebox', 'bricked-east-window'],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'dining-room',
      look: { kind: 'exhibit', exhibit: 'household-meals' },
      title: { en: 'One table for everyone', es: 'Una mesa para todos' },
      narration: {
        en: 'Trotsky, Natalia, their grandson Sieva and the close collaborators Trotsky called “the family” took their meals together at this table. The furniture keeps its original arrangement and its original colour. These shared meals, and a few short naps, were the only breaks in his working day.',
        es: 'Trotsky, Natalia, su nieto Sieva y los colaboradores cercanos a quienes Trotsky llamaba «la familia» comían juntos en esta mesa. Los muebles conservan su disposición y su color originales. Esas comidas en común, junto con alguna siesta breve, eran las únicas pausas de su jornada de trabajo.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['dining-table'],
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
    },
    {
      room: 'office',
      look: { kind: 'exhibit', exhibit: 'secretaries-desks' },
      title: { en: 'The secretaries’ office', es: 'La oficina de los secretarios' },
      narration: {
        en: 'Trotsky’s secretaries worked in this room, at tables that were never clear of papers, newspapers and magazines, and Natalia had her own desk here too. Trotsky dictated some of his works onto wax cylinders, and his secretary Fanny Ivanovich typed them out on an Underwood. At nine every evening, after dinner, he met his associates here to go over the day.',
        es: 'En esta sala trabajaban los secretarios de Trotsky, en mesas siempre cubiertas de papeles, periódicos y revistas, y Natalia también tenía aquí su escritorio. Trotsky dictaba algunas de sus obras en cilindros de cera, y su secretaria Fanny Ivanovich las pasaba a máquina en una Underwood. Cada noche a las nueve, después de cenar, se reunía aquí con sus colaboradores para repasar la jornada.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['natalias-desk', 'ediphone', 'underwood-typewriter', 'evening-meeting'],
      people: ['leon-trotsky', 'natalia-sedova', 'fanny-ivanovich'],
    },
    {
      room: 'garden',
      // In the garden, 3.5 m in front of the bedroom's old garden door (now a barred window), facing it.
      look: { kind: 'view', xM: 22, zM: 9.5, headingDeg: 0 },
      title: { en: 'Shots before dawn', es: 'Disparos antes del amanecer' },
      narration: {
        en: 'Before dawn on 24 May 1940 some twenty gunmen led by the muralist David Alfaro Siqueiros got into the compound; according to the police, Trotsky’s head of security, Robert Sheldon Harte, opened the door to them. The barred window ahead was then a door of Trotsky’s bedroom, and Siqueiros fired into the room from it. After that night the house was fortified with metal doors and watchtowers.',
        es: 'Antes del amanecer del 24 de mayo de 1940, una veintena de hombres armados encabezados por el muralista David Alfaro Siqueiros entró en el recinto; según la policía, el jefe de seguridad de Trotsky, Robert Sheldon Harte, les abrió la puerta. La ventana enrejada de enfrente era entonces una puerta del dormitorio de Trotsky, y desde ahí disparó Siqueiros contra el cuarto. Después de esa noche la casa se fortificó con puertas metálicas y torres de vigilancia.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['attackers-doors', 'watchtowers', 'armored-doors'],
      people: ['david-alfaro-siqueiros', 'robert-sheldon-harte', 'leon-trotsky'],
    },
    {
      room: 'grandsons-room',
      look: { kind: 'exhibit', exhibit: 'sievas-bed' },
      title: { en: 'Sieva’s room', es: 'El cuarto de Sieva' },
      narration: {
        en: 'Trotsky’s grandson Vsevolod Volkov, called Sieva, came to Mexico in August 1939 and slept in this room. On the night of the attack shots in the garden woke him, and by his own account he hid under the bed. A bullet hit his foot: a light wound, and the only one anyone suffered that night. Years later he became the museum’s director.',
        es: 'Vsévolod Vólkov, Sieva, nieto de Trotsky, llegó a México en agosto de 1939 y dormía en este cuarto. La noche del ataque lo despertaron los disparos en el jardín y, según su propio relato, se escondió debajo de la cama. Una bala le dio en el pie: una herida leve, y la única que sufrió alguien esa noche. Con los años llegó a dirigir el museo.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['sievas-story'],
      people: ['sieva-volkov', 'leon-trotsky'],
    },
    {
      room: 'bathroom',
      look: { kind: 'exhibit', exhibit: 'trotskys-clothes' },
      title: { en: 'Bathroom and dressing room', es: 'Baño y vestidor' },
      narration: {
        en: 'This long, narrow room under a tin roof was both bathroom and dressing room. It keeps the old bathtub, the wood-fired boiler that heated the water, some of Trotsky’s clothes, pairs of Natalia’s shoes and a metal container of his Colgate toothpaste. The door through to the bedroom is armored, most likely one of the metal doors fitted after the attack.',
        es: 'Este cuarto largo y angosto, bajo un techo de lámina, era a la vez baño y vestidor. Conserva la vieja tina, el calentador de leña del agua caliente, ropa de Trotsky, varios pares de zapatos de Natalia y un envase metálico de su pasta de dientes Colgate. La puerta que lleva al dormitorio está blindada: lo más probable es que sea una de las puertas metálicas que se pusieron después del ataque.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['tin-roof', 'bathtub', 'firewood-boiler', 'natalias-shoes', 'colgate-toothpaste', 'armored-bathroom-door'],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'bedroom',
      look: { kind: 'exhibit', exhibit: 'bullet-holes' },
      title: { en: 'Three doors and a corner', es: 'Tres puertas y un rincón' },
      narration: {
        en: 'That night Siqueiros fired into this bedroom from the garden door, the painter Antonio Pujol from the study door and Luis Arenal from the room’s other door; the three of them fired almost 200 rounds. Trotsky and Natalia survived by throwing themselves into the corner behind the bed, the one place the gunmen could not see. Their own bed took more than fifty bullets and has since been replaced, and holes still mark the north wall and the wall above the headboard.',
        es: 'Esa noche Siqueiros disparó contra este dormitorio desde la puerta del jardín, el pintor Antonio Pujol desde la del estudio y Luis Arenal desde la otra puerta del cuarto; entre los tres hicieron casi 200 disparos. Trotsky y Natalia se salvaron arrojándose al rincón detrás de la cama, el único lugar que los atacantes no veían. Su cama recibió más de cincuenta balazos y fue sustituida; todavía quedan orificios en el muro norte y sobre la cabecera.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['attackers-doors', 'corner-behind-bed', 'replacement-bed'],
      people: ['david-alfaro-siqueiros', 'antonio-pujol', 'luis-arenal', 'leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'study',
      look: { kind: 'exhibit', exhibit: 'trotskys-desk' },
      title: { en: 'The study', es: 'El estudio' },
      narration: {
        en: 'Trotsky worked here for at least ten hours a day, mostly on a biography of Stalin that he never finished. At this desk Ramón Mercader, a Stalinist agent who had got into the house through an affair with a trusted secretary, struck him on the head with an ice axe. The travel blog dates the blow to 20 August 1940 and his death in hospital to the next day, while an Open Culture article on his exile gives 21 August as the date of the assassination. The desk is kept as he left it, and his ashes and Natalia’s lie under the memorial in the garden.',
        es: 'Trotsky trabajaba aquí por lo menos diez horas al día, casi siempre en una biografía de Stalin que no llegó a terminar. En este escritorio lo atacó con un piolet Ramón Mercader, un agente estalinista que había entrado en la casa gracias a una relación amorosa con alguien de confianza del secretariado. El blog de viaje fecha el golpe el 20 de agosto de 1940 y su muerte en el hospital al día siguiente, mientras que un artículo de Open Culture sobre su exilio da el 21 de agosto como fecha del asesinato. El escritorio se conserva como él lo dejó, y sus cenizas y las de Natalia reposan bajo el monumento del jardín.',
      },
      sources: [TRAVEL_BLOG, LOVE_DEATH_EXILE],
      mentions: ['attack-site', 'stalin-biography', 'tomb'],
      people: ['leon-trotsky', 'ramon-mercader', 'joseph-stalin', 'natalia-sedova'],
    },
  ],
} satisfies TourInput;
