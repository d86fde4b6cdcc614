import { defineRoom, documented, inferred, schematicLayout, TRAVEL_BLOG } from './define';
import { bricklessMorelos, hansenNotYet, porticoHistory, porticoOpenThen, windowsWholeThen } from './then/office';

const morelosWindowsEvidence = documented(
  'Both windows on Morelos Street were walled up to half their height.',
  'Las dos ventanas sobre la calle Morelos se tapiaron hasta la mitad.',
);

export default defineRoom({
  id: 'office',
  name: { en: 'Office', es: 'Oficina' },
  intro: {
    en: 'The secretaries’ room, its tables always buried in papers, newspapers and magazines. Natalia Sedova worked here too. Every evening at nine, after dinner, Trotsky met his collaborators here to go over the day.',
    es: 'La sala de los secretarios, con las mesas siempre cubiertas de papeles, periódicos y revistas. Natalia Sedova también trabajaba aquí. Cada noche a las nueve, después de cenar, Trotsky se reunía aquí con sus colaboradores para repasar la jornada.',
  },
  kind: 'indoor',
  footprint: { xM: 32, zM: 0, widthM: 8, depthM: 6 },
  layoutEvidence: schematicLayout(
    'Its corner between Morelos Street (east) and Viena Street (north) follows from the documented windows and portico; its size is schematic.',
    'Su esquina entre la calle Morelos (este) y la calle Viena (norte) se deduce de las ventanas y el pórtico documentados; su tamaño es esquemático.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'whitewash', ceiling: 'wood-beams' },
  changes: [hansenNotYet],
  doorways: [
    { to: 'dining-room' },
    {
      to: 'study',
      opening: {
        wall: 'west',
        alongM: 3,
        widthM: 0.9,
        leaf: 'door',
        evidence: inferred(
          'A door from the secretaries’ office into Trotsky’s study is assumed.',
          'Se supone una puerta entre la oficina de los secretarios y el estudio de Trotsky.',
        ),
      },
    },
  ],
  windows: [
    {
      id: 'morelos-window-north',
      wall: 'east',
      alongM: 1.8,
      widthM: 1.2,
      state: 'half-bricked',
      faces: { en: 'Morelos Street', es: 'calle Morelos' },
      evidence: morelosWindowsEvidence,
      history: bricklessMorelos,
    },
    {
      id: 'morelos-window-south',
      wall: 'east',
      alongM: 4.2,
      widthM: 1.2,
      state: 'half-bricked',
      faces: { en: 'Morelos Street', es: 'calle Morelos' },
      evidence: morelosWindowsEvidence,
      history: bricklessMorelos,
    },
    {
      id: 'viena-portico',
      wall: 'north',
      alongM: 4,
      widthM: 2.4,
      sillM: 0,
      heightM: 2.5,
      state: 'bricked',
      formerly: 'portico',
      faces: { en: 'Viena Street', es: 'calle Viena' },
      evidence: documented(
        'At one end of the office the old portico onto Viena Street was bricked up completely.',
        'En un extremo de la oficina, el antiguo pórtico hacia la calle Viena quedó tapiado por completo.',
      ),
      history: porticoHistory,
    },
  ],
  exhibits: [
    {
      id: 'secretaries-desks',
      name: { en: 'The secretaries’ desks', es: 'Los escritorios de los secretarios' },
      model: { kind: 'desk', xM: 37, zM: 2.9, facingDeg: 180 },
      caption: {
        en: 'This was the secretaries’ workroom, and its tables were never clear of papers, newspapers and magazines. In Trotsky’s last months the people working here were Otto Schüssler, Jake Cooper, Harold Robins, Charles Cornell and Fanny Ivanovich; Joseph Hansen, who had worked with Trotsky for years, joined them in May 1940. The travel blog is not quite consistent about two of the names: in its account of this room it writes "Jackie" Cooper and Harold "Robbins".',
        es: 'Esta era la sala de trabajo de los secretarios, y sus mesas nunca estaban libres de papeles, periódicos y revistas. En los últimos meses de vida de Trotsky trabajaban aquí Otto Schüssler, Jake Cooper, Harold Robins, Charles Cornell y Fanny Ivanovich; en mayo de 1940 se sumó Joseph Hansen, colaborador suyo desde hacía años. El blog de viaje no escribe siempre igual dos de los nombres: al describir esta sala pone «Jackie» Cooper y Harold «Robbins».',
      },
      when: {
        en: 'Trotsky’s last months, to August 1940; Hansen from May 1940',
        es: 'Los últimos meses de Trotsky, hasta agosto de 1940; Hansen, desde mayo de 1940',
      },
      people: ['otto-schussler', 'jake-cooper', 'harold-robins', 'charles-cornell', 'fanny-ivanovich', 'joseph-hansen', 'leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The secretaries’ paper-covered tables and the names of the staff are documented. The sources say neither how many tables there were nor where they stood: this one desk stands for them all, and its place is our reconstruction.',
          es: 'Las mesas de los secretarios, cubiertas de papeles, y los nombres del personal están documentados. Las fuentes no dicen cuántas mesas había ni dónde estaban: este único escritorio las representa a todas, y su ubicación es una reconstrucción nuestra.',
        },
      },
      related: ['ediphone', 'underwood-typewriter', 'natalias-desk', 'evening-meeting', 'residents'],
    },
    {
      id: 'ediphone',
      name: { en: 'The Ediphone', es: 'El Ediphone' },
      model: { kind: 'ediphone-desk', xM: 39.1, zM: 0.75, facingDeg: 180 },
      caption: {
        en: 'The Ediphone on the table at the back of the room recorded the voice on wax cylinders. Trotsky used it to dictate some of his works, which his secretary Fanny Ivanovich then typed out from the cylinders. In his study he kept a second machine of the kind, an Edison, beside his desk.',
        es: 'El Ediphone, sobre la mesa del fondo, grababa la voz en cilindros de cera. Trotsky dictaba en él algunas de sus obras, que luego su secretaria Fanny Ivanovich pasaba a máquina a partir de los cilindros. En su estudio, junto al escritorio, tenía otro aparato del mismo tipo, un Edison.',
      },
      people: ['leon-trotsky', 'fanny-ivanovich'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The Ediphone on the back table and its wax cylinders are documented; this model and its exact place are our reconstruction.',
          es: 'El Ediphone sobre la mesa del fondo y sus cilindros de cera están documentados; este modelo y su lugar exacto son una reconstrucción nuestra.',
        },
      },
      related: ['underwood-typewriter', 'edison-dictating-machine', 'secretaries-desks'],
    },
    {
      id: 'underwood-typewriter',
      name: { en: 'Fanny’s Underwood typewriter', es: 'La máquina de escribir Underwood de Fanny' },
      model: { kind: 'typewriter-desk', xM: 39.1, zM: 5.25, facingDeg: 0 },
      caption: {
        en: 'Fanny Ivanovich, Trotsky’s secretary, sat at an Underwood typewriter and turned what he had recorded on the Ediphone’s wax cylinders into typed pages. This was how some of his works travelled from his voice onto wax, and from the wax onto paper.',
        es: 'Fanny Ivanovich, secretaria de Trotsky, transcribía en una máquina de escribir Underwood lo que él había grabado en los cilindros de cera del Ediphone. Así recorrieron algunas de sus obras el camino de la voz a la cera, y de la cera al papel.',
      },
      people: ['fanny-ivanovich', 'leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'That Fanny transcribed the cylinders on an Underwood is documented. The sources do not say where her typewriter stood, so this desk and its place are our reconstruction.',
          es: 'Está documentado que Fanny transcribía los cilindros en una Underwood. Las fuentes no dicen dónde estaba su máquina, así que este escritorio y su ubicación son una reconstrucción nuestra.',
        },
      },
      related: ['ediphone', 'secretaries-desks', 'edison-dictating-machine'],
    },
    {
      id: 'natalias-desk',
      name: { en: 'Natalia Sedova’s desk', es: 'El escritorio de Natalia Sedova' },
      model: { kind: 'desk', xM: 34.6, zM: 5.1, facingDeg: 270 },
      caption: {
        en: 'Natalia Sedova, Trotsky’s wife, worked in this room as well. Her desk is the one beside the tall bookcase that holds the couple’s books. The office was shared, then: the secretaries at their tables, and Natalia at hers.',
        es: 'Natalia Sedova, la esposa de Trotsky, también trabajaba en esta sala. Su escritorio es el que está junto al librero alto con los libros de la pareja. La oficina era, pues, un espacio compartido: los secretarios en sus mesas y Natalia en la suya.',
      },
      people: ['natalia-sedova'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'That Natalia worked here, at the desk beside the tall bookcase, is documented; the model and where the desk and bookcase stand in the room are our reconstruction.',
          es: 'Está documentado que Natalia trabajaba aquí, en el escritorio junto al librero alto; el modelo y el lugar de ambos muebles en la sala son una reconstrucción nuestra.',
        },
      },
      related: ['library-bookcase', 'secretaries-desks', 'natalias-shoes'],
    },
    {
      id: 'library-bookcase',
      name: { en: 'Trotsky and Natalia’s library', es: 'La biblioteca de Trotsky y Natalia' },
      model: { kind: 'tall-bookcase', xM: 33.05, zM: 5.65, facingDeg: 0 },
      caption: {
        en: 'The books on these tall shelves are part of the library that belonged to Trotsky and Natalia Sedova. The core of Trotsky’s own collection is in the study, on the large bookcase along its north wall.',
        es: 'Los libros de estos estantes altos forman parte de la biblioteca de Trotsky y Natalia Sedova. El grueso de la colección de Trotsky está en el estudio, en el gran librero que ocupa el muro norte.',
      },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The tall bookcase and its books from the couple’s library are documented; its place on the wall is our reconstruction.',
          es: 'El librero alto y sus libros, de la biblioteca de la pareja, están documentados; su lugar en el muro es una reconstrucción nuestra.',
        },
      },
      related: ['natalias-desk', 'north-bookcase', 'reference-bookcase'],
    },
    {
      id: 'half-bricked-windows',
      name: { en: 'The half-bricked windows on Morelos Street', es: 'Las ventanas a medio tapiar de la calle Morelos' },
      model: { kind: 'marker', xM: 39.75, zM: 3, yM: 1.5, facingDeg: 270 },
      caption: {
        en: 'The office’s two windows look out on Morelos Street, and both have been filled with brick up to half their height. The travel blog does not say when this was done. It does say that some windows of the house were bricked over after the first attempt on Trotsky’s life, in May 1940, and that the kitchen window was closed completely because it faced Morelos Street.',
        es: 'Las dos ventanas de la oficina dan a la calle Morelos, y ambas están tapiadas con ladrillo hasta la mitad. El blog de viaje no dice cuándo se hizo. Sí cuenta que, después del primer atentado contra Trotsky, en mayo de 1940, se cubrieron con ladrillo algunas ventanas de la casa, y que la de la cocina se cerró por completo porque daba a la calle Morelos.',
      },
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The two half-bricked windows on Morelos Street are documented. When they were bricked is not stated, and their exact places on the wall are schematic.',
          es: 'Las dos ventanas tapiadas a medias sobre la calle Morelos están documentadas. No se dice cuándo se tapiaron, y su posición exacta en el muro es esquemática.',
        },
      },
      captionThen: [windowsWholeThen],
      related: ['viena-portico', 'bricked-east-window', 'armored-doors', 'perimeter-walls'],
    },
    {
      id: 'viena-portico',
      name: { en: 'The bricked-up portico on Viena Street', es: 'El pórtico tapiado hacia la calle Viena' },
      model: { kind: 'marker', xM: 36, zM: 0.25, yM: 1.5, facingDeg: 180 },
      caption: {
        en: 'At one end of the office there was once a portico that opened towards Viena Street. Today it is closed off entirely with brick. Together with the half-closed windows on Morelos Street, it shows how the house became what the travel blog calls a "mini-fortress".',
        es: 'En un extremo de la oficina había un pórtico que se abría hacia la calle Viena. Hoy está cerrado por completo con ladrillo. Junto con las ventanas a medio tapiar de la calle Morelos, muestra cómo la casa se volvió lo que el blog de viaje llama una «minifortaleza».',
      },
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The old portico facing Viena Street, now fully bricked up, is documented. When it was closed is not stated; its place on the north wall and its size are our reconstruction.',
          es: 'El antiguo pórtico hacia la calle Viena, hoy tapiado por completo, está documentado. No se dice cuándo se cerró; su lugar en el muro norte y su tamaño son una reconstrucción nuestra.',
        },
      },
      captionThen: [porticoOpenThen],
      related: ['half-bricked-windows', 'perimeter-walls', 'watchtowers'],
    },
    {
      id: 'evening-meeting',
      name: { en: 'The nine o’clock meeting', es: 'La reunión de las nueve' },
      model: { kind: 'chair-circle', xM: 33.5, zM: 1.25, facingDeg: 180 },
      caption: {
        en: 'Every day, once dinner was over, Trotsky met his associates in this room at nine in the evening. Together they went back over the work of the day. Dinner itself was eaten in the dining room, where Trotsky, Natalia, his grandson Sieva and his closest associates shared their meals.',
        es: 'Todos los días, terminada la cena, Trotsky se reunía aquí con sus colaboradores a las nueve de la noche. Juntos repasaban el trabajo de la jornada. La cena misma se servía en el comedor, donde Trotsky, Natalia, su nieto Sieva y sus colaboradores más cercanos comían juntos.',
      },
      when: { en: 'Every day at 9 pm, after dinner', es: 'Todos los días a las nueve de la noche, después de la cena' },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'reconstructed',
        note: {
          en: 'The daily 9 pm meeting in this room is documented. The circle of chairs is our reconstruction: the sources do not say where in the room, or on what, the group sat.',
          es: 'La reunión diaria de las nueve de la noche en esta sala está documentada. El círculo de sillas es una reconstrucción nuestra: las fuentes no dicen en qué parte de la sala ni en qué se sentaban.',
        },
      },
      related: ['household-meals', 'dining-table', 'secretaries-desks', 'residents'],
    },
  ],
});
