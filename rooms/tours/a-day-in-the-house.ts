import { TRAVEL_BLOG } from '../define';
import type { TourInput } from '../tourSchema';

export default {
  id: 'a-day-in-the-house',
  title: { en: 'A day in the house, 1939–40', es: 'Un día en la casa, 1939-1940' },
  summary: {
    en: 'The household’s routine in the order of a day, from the early rounds in the garden to the nine o’clock meeting.',
    es: 'La rutina de la casa en el orden de un día, de la primera vuelta por el jardín a la reunión de las nueve.',
  },
  minutes: 7,
  stops: [
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'chicken-coop' },
      title: { en: 'Up early', es: 'Muy temprano' },
      narration: {
        en: 'The day began in the garden. Trotsky, the Old Man to his household, rose early and went first to the chickens at the bottom of the garden; a photograph shows him feeding them. Only then did he turn to his work.',
        es: 'El día empezaba en el jardín. Trotsky, «el Viejo» para los de la casa, se levantaba temprano y lo primero era ir a ver a las gallinas, al fondo del jardín; hay una fotografía en la que les da de comer. Solo después se ponía a trabajar.',
      },
      sources: [TRAVEL_BLOG],
      people: ['leon-trotsky'],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'rabbit-hutches' },
      title: { en: 'The rabbits’ cages', es: 'Las jaulas de los conejos' },
      narration: {
        en: 'Beside the chickens lived the rabbits, which he had also had brought to the house. Feeding them and cleaning their cages became a fixed part of his routine. In Natalia Sedova’s words, that work “provided rest to his spirit and distracted him.”',
        es: 'Junto a las gallinas vivían los conejos, que también había mandado traer a la casa. Darles de comer y limpiar sus jaulas se volvió parte fija de su rutina. Según Natalia Sedova, esa tarea «le daba descanso al espíritu y lo distraía».',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['chicken-coop'],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'study',
      look: { kind: 'exhibit', exhibit: 'trotskys-desk' },
      title: { en: 'Ten hours at the desk', es: 'Diez horas en el escritorio' },
      narration: {
        en: 'Then came the study, where Trotsky worked doggedly for at least ten hours a day. Most of those hours went into a biography of Stalin, for which he had been paid a large advance in dollars. The book he really wanted to write, and kept planning, was a life of Lenin.',
        es: 'Después venía el estudio, donde Trotsky trabajaba con tenacidad al menos diez horas diarias. La mayor parte de ese tiempo se iba en una biografía de Stalin, por la que había recibido un adelanto considerable en dólares. El libro que de verdad quería escribir, y que seguía planeando, era una vida de Lenin.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['stalin-biography'],
      people: ['leon-trotsky', 'joseph-stalin'],
    },
    {
      room: 'study',
      look: { kind: 'exhibit', exhibit: 'edison-dictating-machine' },
      title: { en: 'Speaking to wax', es: 'Dictar a la cera' },
      narration: {
        en: 'He did not always write by hand. Beside the desk stands an Edison dictating machine, on which he recorded his work on wax cylinders like the ones lying on the desk. His dictionaries and reference books were within reach, in the bookcase to the left of the desk.',
        es: 'No siempre escribía a mano. Junto al escritorio está el dictáfono Edison, en el que grababa su trabajo en cilindros de cera como los que hay sobre la mesa. Los diccionarios y las obras de consulta los tenía al alcance, en el librero a la izquierda del escritorio.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['trotskys-desk', 'reference-bookcase'],
      people: ['leon-trotsky'],
    },
    {
      room: 'study',
      look: { kind: 'exhibit', exhibit: 'daybed' },
      title: { en: 'A few minutes’ rest', es: 'Unos minutos de descanso' },
      narration: {
        en: 'In the corner is the bed where he lay down for a few minutes during the working day. High blood pressure troubled him in his last years: it brought on severe headaches that sometimes made him stop and look for relief. His last letters speak of the worry, and so does the will he made in this house.',
        es: 'En el rincón está la cama en la que se recostaba unos minutos durante la jornada. En sus últimos años lo aquejaba la presión alta, que le provocaba fuertes dolores de cabeza y a veces lo obligaba a dejar el trabajo para buscar alivio. Sus últimas cartas hablan de esa preocupación, y también el testamento que redactó en esta casa.',
      },
      sources: [TRAVEL_BLOG],
      people: ['leon-trotsky'],
    },
    {
      room: 'office',
      look: { kind: 'exhibit', exhibit: 'underwood-typewriter' },
      title: { en: 'From wax to paper', es: 'De la cera al papel' },
      narration: {
        en: 'In the office the secretaries worked at tables covered in papers, newspapers and magazines. What Trotsky had dictated onto the cylinders of the Ediphone, on the back table, his secretary Fanny Ivanovich typed out on an Underwood. Natalia Sedova worked in this room too, at the desk beside the tall bookcase.',
        es: 'En la oficina, los secretarios trabajaban en mesas cubiertas de papeles, periódicos y revistas. Lo que Trotsky dictaba en los cilindros del Ediphone, sobre la mesa del fondo, lo pasaba a máquina su secretaria Fanny Ivanovich en una Underwood. Natalia Sedova también trabajaba en esta sala, en el escritorio junto al librero alto.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['secretaries-desks', 'ediphone', 'natalias-desk'],
      people: ['fanny-ivanovich', 'natalia-sedova', 'leon-trotsky'],
    },
    {
      room: 'kitchen',
      look: { kind: 'exhibit', exhibit: 'kitchenware' },
      title: { en: 'From the market', es: 'Del mercado' },
      narration: {
        en: 'The household was large, and its kitchen was a plain one. Trotsky and Natalia tried to live the Mexican way and, it seems, liked going to the traditional markets for their food and their kitchen things. The household’s cook, Carmen Palma, lived in the wing built for “the family”.',
        es: 'En la casa vivía mucha gente, y su cocina era sencilla. Trotsky y Natalia procuraban vivir a la mexicana y, al parecer, les gustaba ir a los mercados tradicionales por la comida y los trastes. La cocinera de la casa, Carmen Palma, vivía en el pabellón construido para «la familia».',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['family-wing'],
      people: ['leon-trotsky', 'natalia-sedova', 'carmen-palma'],
    },
    {
      room: 'dining-room',
      look: { kind: 'exhibit', exhibit: 'household-meals' },
      title: { en: 'Meals with “the family”', es: 'Las comidas con «la familia»' },
      narration: {
        en: 'Meals broke up the working day, and they were eaten together. Around this table sat Trotsky, Natalia, their grandson Sieva and his closest associates, the people Trotsky called “the family”. The furniture keeps its original arrangement and colour.',
        es: 'Las comidas interrumpían la jornada de trabajo, y se hacían en común. Alrededor de esta mesa se sentaban Trotsky, Natalia, su nieto Sieva y los colaboradores más cercanos, a quienes Trotsky llamaba «la familia». Los muebles conservan su disposición y su color originales.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['dining-table'],
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
    },
    {
      room: 'office',
      look: { kind: 'exhibit', exhibit: 'evening-meeting' },
      title: { en: 'Nine in the evening', es: 'Las nueve de la noche' },
      narration: {
        en: 'Every day after dinner, at nine, Trotsky gathered his associates in the office. Together they went over what the day had brought. The circle of chairs is our reconstruction: the sources do not say where in the room they sat.',
        es: 'Todos los días, después de la cena, a las nueve, Trotsky reunía a sus colaboradores en la oficina. Juntos repasaban lo que había dejado el día. El círculo de sillas es una reconstrucción nuestra: las fuentes no dicen en qué parte de la sala se sentaban.',
      },
      sources: [TRAVEL_BLOG],
      people: ['leon-trotsky'],
    },
    {
      room: 'garden',
      // On the open lawn west of the tomb, looking east across the garden.
      look: { kind: 'view', xM: 12, zM: 17, headingDeg: 90 },
      title: { en: 'Sundays and outings', es: 'Domingos y salidas' },
      narration: {
        en: 'On Sundays there were games in the garden. There were outings too, to the cinema and to the countryside to collect cacti. The attack of 24 May 1940 put an end to them: afterwards Trotsky was no longer allowed out.',
        es: 'Los domingos había juegos en el jardín. También había salidas, al cine y al campo a recoger cactus. El ataque del 24 de mayo de 1940 les puso fin: a partir de entonces Trotsky ya no pudo salir.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['cacti'],
      people: ['leon-trotsky'],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'cacti' },
      title: { en: 'Hunting for cacti', es: 'En busca de cactus' },
      narration: {
        en: 'Many of the cacti here came back from those trips and were planted by Trotsky himself. Natalia recalled that he climbed faster than any of the young people with him, and carried his plants home, “heavy as lead”, under a hard sun. “With what passion he looked in the mountains for cacti for our garden!” she said.',
        es: 'Muchos de estos cactus llegaron de aquellas excursiones y los plantó el propio Trotsky. Natalia recordaba que subía los cerros más rápido que cualquiera de los jóvenes que lo acompañaban, y que volvía cargando sus plantas, pesadas «como plomo», bajo un sol duro. «¡Con qué pasión buscaba en las montañas cactus para nuestro jardín!», contaba.',
      },
      sources: [TRAVEL_BLOG],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'watchtowers' },
      title: { en: 'One more day', es: 'Un día más' },
      narration: {
        en: 'After the attack the routine went on inside a fortress, with metal doors, better alarms and watchtowers on the roof. His grandson Sieva remembers Trotsky greeting most mornings with a joke: “Natalia, they have given us one more day of life.” The days ran out in August 1940, when he was attacked in his study.',
        es: 'Después del ataque la rutina siguió dentro de una fortaleza, con puertas metálicas, mejores alarmas y torres de vigilancia en la azotea. Su nieto Sieva recuerda que casi todas las mañanas Trotsky bromeaba: «Natalia, nos han dado un día más de vida». Los días se acabaron en agosto de 1940, cuando lo atacaron en su estudio.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['armored-doors', 'attack-site'],
      people: ['sieva-volkov', 'leon-trotsky', 'natalia-sedova'],
    },
  ],
} satisfies TourInput;
