import { defineRoom, documented, schematicLayout, shutteredWindowEvidence, TRAVEL_BLOG } from './define';
import { raidStudy } from './raid/study';

export default defineRoom({
  id: 'study',
  name: { en: 'Study', es: 'Estudio' },
  intro: {
    en: 'Trotsky wrote here for ten hours a day or more, mostly on his biography of Stalin. On 20 August 1940 Ramón Mercader struck him down at this desk with an ice axe; he died in hospital the next day. The room has been kept as it was left.',
    es: 'Trotsky escribía aquí diez horas al día o más, sobre todo su biografía de Stalin. El 20 de agosto de 1940 Ramón Mercader lo atacó en este escritorio con un piolet; murió en el hospital al día siguiente. La habitación se conserva tal como quedó.',
  },
  kind: 'indoor',
  footprint: { xM: 25, zM: 0, widthM: 7, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The large bookcase stands on the north wall, as documented; the room’s size and place are schematic.',
    'El gran librero ocupa el muro norte, como está documentado; el tamaño y la ubicación del cuarto son esquemáticos.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    { to: 'office' },
    {
      to: 'bedroom',
      opening: {
        wall: 'west',
        alongM: 3,
        widthM: 0.9,
        leaf: 'door',
        evidence: documented(
          'The bedroom had a door to the study: Antonio Pujol fired through it on 24 May 1940.',
          'El dormitorio tenía una puerta hacia el estudio: Antonio Pujol disparó desde ella el 24 de mayo de 1940.',
        ),
      },
    },
  ],
  windows: [
    { id: 'garden-window-west', wall: 'south', alongM: 2, widthM: 1.3, state: 'barred', evidence: shutteredWindowEvidence },
    { id: 'garden-window-east', wall: 'south', alongM: 5, widthM: 1.3, state: 'barred', evidence: shutteredWindowEvidence },
  ],
  exhibits: [
    {
      id: 'trotskys-desk',
      name: { en: 'Trotsky’s desk', es: 'El escritorio de Trotsky' },
      model: { kind: 'writing-desk', xM: 28.5, zM: 4.35, facingDeg: 180 },
      caption: {
        en: 'Trotsky was sitting at this desk when he was attacked in August 1940. Nothing on it has been moved since: his glasses, his papers and the books that cover it lie just as they did that day. He spent at least ten hours a day working in this room, most of them on his biography of Stalin.',
        es: 'Trotsky estaba sentado en este escritorio cuando lo atacaron, en agosto de 1940. Desde entonces nada se ha movido: sus anteojos, sus papeles y los libros que lo cubren siguen tal como quedaron aquel día. Trabajaba en este cuarto por lo menos diez horas diarias, la mayor parte de ellas dedicadas a su biografía de Stalin.',
      },
      when: { en: 'Left as it was on 20 August 1940', es: 'Tal como quedó el 20 de agosto de 1940' },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The desk, with the glasses, papers and books left as they were at the attack, is documented; this model and its place in the room are our reconstruction.',
          es: 'El escritorio, con los anteojos, papeles y libros que quedaron como estaban en el momento del ataque, está documentado; este modelo y su lugar en el cuarto son una reconstrucción nuestra.',
        },
      },
      related: ['attack-site', 'stalin-biography', 'reference-bookcase', 'edison-dictating-machine', 'daybed'],
    },
    {
      id: 'stalin-biography',
      name: { en: 'The unfinished biography of Stalin', es: 'La biografía inconclusa de Stalin' },
      model: { kind: 'marker', xM: 28.95, zM: 4, yM: 0.85, facingDeg: 0 },
      caption: {
        en: 'In his last months Trotsky was writing a life of Stalin meant to lay bare what the Stalinist regime kept out of sight; his death left it unfinished. He had been paid a large advance for it, in dollars, and that is why it took up most of his working hours. The book he really wanted to write, and was planning, was about Lenin.',
        es: 'En sus últimos meses Trotsky escribía una biografía de Stalin con la que quería sacar a la luz la cara oculta del régimen estalinista; su muerte la dejó inconclusa. Había recibido por ella un adelanto considerable en dólares, y por eso le dedicaba la mayor parte de su jornada. El libro que de verdad quería escribir, y que iba planeando, era sobre Lenin.',
      },
      when: { en: 'His last months, until August 1940', es: 'Sus últimos meses, hasta agosto de 1940' },
      people: ['leon-trotsky', 'joseph-stalin'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'His work on the Stalin biography, the advance in dollars and the book on Lenin he wanted to write are documented. The sources do not say which papers on the desk are the manuscript: this point marks the story, not a particular sheet.',
          es: 'Están documentados su trabajo en la biografía de Stalin, el adelanto en dólares y el libro sobre Lenin que quería escribir. Las fuentes no dicen cuáles de los papeles del escritorio son el manuscrito: este punto señala la historia, no una hoja en particular.',
        },
      },
      related: ['trotskys-desk', 'edison-dictating-machine', 'north-bookcase'],
    },
    {
      id: 'edison-dictating-machine',
      name: { en: 'The Edison dictating machine', es: 'El dictáfono Edison' },
      model: { kind: 'dictating-machine', xM: 29.65, zM: 4.7, facingDeg: 270 },
      caption: {
        en: 'Beside the desk stands an Edison dictating machine, on which Trotsky recorded his work on wax cylinders; cylinders of the same kind lie on the desk. In the office, his secretary Fanny Ivanovich typed out what he had recorded on the Ediphone there.',
        es: 'Junto al escritorio está el dictáfono Edison en el que Trotsky grababa su trabajo en cilindros de cera; sobre la mesa hay cilindros iguales. En la oficina, su secretaria Fanny Ivanovich pasaba a máquina lo que él grababa en el Ediphone.',
      },
      people: ['leon-trotsky', 'fanny-ivanovich'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The Edison dictating machine beside the desk and the wax cylinders on the desk are documented; this model and its exact place are our reconstruction.',
          es: 'El dictáfono Edison junto al escritorio y los cilindros de cera sobre la mesa están documentados; este modelo y su lugar exacto son una reconstrucción nuestra.',
        },
      },
      related: ['ediphone', 'underwood-typewriter', 'trotskys-desk'],
    },
    {
      id: 'reference-bookcase',
      name: { en: 'Dictionaries and reference books', es: 'Diccionarios y obras de consulta' },
      model: { kind: 'reference-bookcase', xM: 27.2, zM: 4.7, facingDeg: 90 },
      caption: {
        en: 'On the left of the desk stands the bookcase where Trotsky kept his dictionaries and reference works. The main body of his library fills the large bookcase on the north wall.',
        es: 'A la izquierda del escritorio está el librero donde Trotsky guardaba sus diccionarios y obras de consulta. El grueso de su biblioteca ocupa el gran librero del muro norte.',
      },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'A bookcase of dictionaries and reference books to the left of the desk is documented. We read "left" as the left hand of someone sitting at the desk; the model and its exact place are our reconstruction.',
          es: 'Está documentado un librero con diccionarios y obras de consulta a la izquierda del escritorio. Entendemos «izquierda» como la mano izquierda de quien se sienta al escritorio; el modelo y su lugar exacto son una reconstrucción nuestra.',
        },
      },
      related: ['trotskys-desk', 'north-bookcase', 'library-bookcase'],
    },
    {
      id: 'north-bookcase',
      name: { en: 'The great bookcase', es: 'El gran librero' },
      model: { kind: 'encyclopedia-bookcase', xM: 28.5, zM: 0.35, facingDeg: 180 },
      caption: {
        en: 'The largest bookcase stands against the north wall of the study and holds the core of Trotsky’s library. Among books in several languages are a number of his own works, some by Lenin, essays by Marx and Engels, and the 86 volumes of the Russian encyclopedia of Brockhaus and Efron.',
        es: 'El librero más grande está contra el muro norte del estudio y guarda el núcleo de la biblioteca de Trotsky. Entre libros en varios idiomas hay varias obras suyas, algunas de Lenin, ensayos de Marx y Engels y los 86 tomos de la enciclopedia rusa Brockhaus y Efron.',
      },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The bookcase on the north wall and what it holds are documented; the model’s width and its exact place along the wall are our reconstruction.',
          es: 'El librero del muro norte y su contenido están documentados; el ancho del modelo y su lugar exacto a lo largo del muro son una reconstrucción nuestra.',
        },
      },
      related: ['reference-bookcase', 'library-bookcase', 'stalin-biography'],
    },
    {
      id: 'daybed',
      name: { en: 'The daybed', es: 'La cama de descanso' },
      model: { kind: 'daybed', xM: 31.425, zM: 1.1, facingDeg: 180 },
      caption: {
        en: 'In the corner is the bed where Trotsky lay down for a few minutes on working days. In his last years he worried about his high blood pressure, which gave him severe headaches and sometimes made him break off work to find relief. The worry comes through in the last letters he wrote and in the will he drew up in this house.',
        es: 'En el rincón está la cama donde Trotsky se recostaba unos minutos en los días de trabajo. En sus últimos años le preocupaba su presión alta, que le daba fuertes dolores de cabeza y a veces lo obligaba a interrumpir el trabajo para buscar alivio. Esa inquietud quedó en sus últimas cartas y en el testamento que redactó en esta casa.',
      },
      when: { en: 'Working days in his last years', es: 'Los días de trabajo de sus últimos años' },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The bed in the corner, his high blood pressure and headaches, and the letters and will that record his worry are documented; which corner it stands in, and this model, are our reconstruction.',
          es: 'La cama del rincón, su presión alta y sus dolores de cabeza, y las cartas y el testamento que dejan ver esa inquietud están documentados; el rincón donde la pusimos y este modelo son una reconstrucción nuestra.',
        },
      },
      related: ['trotskys-desk', 'replacement-bed'],
    },
    {
      id: 'attack-site',
      name: { en: 'Where Trotsky was struck', es: 'Donde atacaron a Trotsky' },
      model: { kind: 'marker', xM: 28.5, zM: 5.35, yM: 1.2, facingDeg: 0 },
      caption: {
        en: 'Here, on 20 August 1940, Ramón Mercader struck Trotsky on the head with an ice axe as he sat at his desk. The killer, a Stalinist agent, had found his way into the house through a love affair, begun years before, with a secretary from Trotsky’s trusted inner circle. Trotsky died in hospital; on the date, the sources differ: the travel blog puts the blow on 20 August and his death on 21 August, while "Leon Trotsky: Love, Death and Exile in Mexico" gives 21 August 1940 as the day he was assassinated.',
        es: 'Aquí, el 20 de agosto de 1940, Ramón Mercader golpeó a Trotsky en la cabeza con un piolet mientras él estaba sentado a su escritorio. El asesino, un agente estalinista, había logrado entrar en la casa gracias a una relación amorosa, iniciada años antes, con una de las personas de confianza del secretariado de Trotsky. Trotsky murió en el hospital; sobre la fecha, las fuentes no coinciden: el blog de viaje sitúa el golpe el 20 de agosto y la muerte el 21, mientras que «Leon Trotsky: Love, Death and Exile in Mexico» da el 21 de agosto de 1940 como el día del asesinato.',
      },
      when: {
        en: '20 August 1940, per the travel blog; 21 August 1940 in the other article',
        es: '20 de agosto de 1940, según el blog de viaje; 21 de agosto de 1940, según el otro artículo',
      },
      people: ['leon-trotsky', 'ramon-mercader'],
      sources: [TRAVEL_BLOG, '001_9df9e8124444cb9b.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'The attack at this desk, the ice axe, how the agent got into the house and Trotsky’s death in hospital are documented, with the two articles differing on the date. The exact spot of this marker is our reconstruction.',
          es: 'El ataque en este escritorio, el piolet, la manera en que el agente entró en la casa y la muerte de Trotsky en el hospital están documentados, aunque los dos artículos difieren en la fecha. El punto exacto de esta marca es una reconstrucción nuestra.',
        },
      },
      related: ['trotskys-desk', 'stalin-biography', 'armored-doors', 'bullet-holes', 'tomb'],
    },
    ...raidStudy,
  ],
});
