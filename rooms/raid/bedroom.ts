// The raid of 24 May 1940 in the bedroom, reconstructed: the three gunmen at the three doors, each with the lines of
// his shots, and Trotsky and Natalia on the floor in the corner behind the bed. The source names the men, their
// doors and the corner; where each figure stands and where each shot went are ours.
import { TRAVEL_BLOG, inferred } from '../define';
import type { ExhibitFileInput } from '../schema';
import { THE_NIGHT, onTheNight } from './night';

/** The three shooters are one scene: one line in the bedroom's "what changed here". */
const shooters = onTheNight(
  {
    en: 'The raid, reconstructed: three gunmen stand at the bedroom’s three doors, with the lines of their shots drawn to the bed and the north wall.',
    es: 'El asalto, reconstruido: tres tiradores en las tres puertas del dormitorio, con las líneas de sus disparos hacia la cama y el muro norte.',
  },
  inferred(
    'The travel blog names the three shooters and the door each fired from; the figures, where they stand inside the doors and the paths of the shots are ours.',
    'El blog de viaje nombra a los tres tiradores y la puerta desde la que disparó cada uno; las figuras, su lugar junto a las puertas y la trayectoria de los tiros son nuestros.',
  ),
);

export const siqueirosAtTheGardenDoor: ExhibitFileInput = {
  id: 'siqueiros-at-the-garden-door',
  name: { en: 'Siqueiros at the garden door', es: 'Siqueiros en la puerta del jardín' },
  // Just inside the garden door (south wall, x 21.5–22.5), to its east, facing north towards the bed.
  model: { kind: 'standing-figure', xM: 23.05, zM: 5.6, facingDeg: 0 },
  caption: {
    en: 'David Alfaro Siqueiros, the muralist who led the raid, fired into this room from its door onto the garden, the opening that is a barred window today. He was one of three gunmen at the bedroom’s doors, and together they loosed nearly 200 rounds at the bed and the walls. The figure, the place it stands and the lines of its shots are our reconstruction.',
    es: 'David Alfaro Siqueiros, el muralista que encabezó el asalto, disparó hacia este cuarto desde la puerta que daba al jardín, el hueco que hoy es una ventana enrejada. Era uno de los tres tiradores apostados en las puertas del dormitorio, y entre los tres hicieron casi 200 disparos contra la cama y los muros. La figura, el lugar donde está y las líneas de sus tiros son una reconstrucción nuestra.',
  },
  when: THE_NIGHT,
  people: ['david-alfaro-siqueiros', 'antonio-pujol', 'luis-arenal'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'The travel blog says Siqueiros led the group and fired from the bedroom’s door to the garden, now a window, and that the three shooters fired almost 200 rounds at the bed and the walls. The figure, its place beside the door and where each shot went are ours; the door’s place along the south wall is schematic.',
      es: 'El blog de viaje dice que Siqueiros dirigía al grupo y disparó desde la puerta del dormitorio al jardín, hoy una ventana, y que los tres tiradores hicieron casi 200 disparos contra la cama y los muros. La figura, su lugar junto a la puerta y el destino de cada tiro son nuestros; la ubicación de la puerta en el muro sur es esquemática.',
    },
  },
  related: ['pujol-at-the-study-door', 'arenal-at-the-other-door', 'original-bed', 'bullet-holes', 'trotsky-and-natalia-in-the-corner', 'attackers-doors'],
  // From the chest, just in front of the figure, to the bed and the north wall by the bullet holes.
  linesOfFire: {
    from: { xM: 23.05, yM: 1.3, zM: 5.3 },
    to: [
      { xM: 23.2, yM: 0.6, zM: 1.9 },
      { xM: 23.7, yM: 0.55, zM: 1.2 },
      { xM: 23.0, yM: 0.65, zM: 0.8 },
      { xM: 23.3, yM: 1.2, zM: 0.15 },
      { xM: 23.9, yM: 1.7, zM: 0.15 },
      { xM: 22.7, yM: 2.0, zM: 0.15 },
    ],
  },
  ...shooters,
};

export const pujolAtTheStudyDoor: ExhibitFileInput = {
  id: 'pujol-at-the-study-door',
  name: { en: 'Pujol at the study door', es: 'Pujol en la puerta del estudio' },
  // Just inside the study door (east wall, z 2.55–3.45), to its south, facing west towards the bed.
  model: { kind: 'standing-figure', xM: 24.68, zM: 4.0, facingDeg: 270 },
  caption: {
    en: 'The Spanish painter Antonio Pujol shot into the bedroom from the doorway to Trotsky’s study. With Siqueiros and Luis Arenal at the other two doors, he fired some of the almost 200 rounds that struck the bed and the walls. The source names only the man and his door: the figure and the paths of the shots are our reconstruction.',
    es: 'El pintor español Antonio Pujol disparó contra el dormitorio desde la puerta del estudio de Trotsky. Con Siqueiros y Luis Arenal en las otras dos puertas, hizo parte de los casi 200 disparos que dieron en la cama y en los muros. La fuente solo da el nombre del tirador y su puerta: la figura y la trayectoria de los tiros son una reconstrucción nuestra.',
  },
  when: THE_NIGHT,
  people: ['antonio-pujol', 'david-alfaro-siqueiros', 'luis-arenal'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'The travel blog puts Antonio Pujol at the study door, and gives the three shooters’ rounds together, not each man’s. The figure, its place beside the door and where each shot went are ours.',
      es: 'El blog de viaje dice que Antonio Pujol disparó desde la puerta del estudio, y da los tiros de los tres juntos, no los de cada uno. La figura, su lugar junto a la puerta y el destino de cada tiro son nuestros.',
    },
  },
  related: ['siqueiros-at-the-garden-door', 'arenal-at-the-other-door', 'original-bed', 'bullet-holes', 'incendiary-bombs', 'attackers-doors'],
  linesOfFire: {
    from: { xM: 24.38, yM: 1.3, zM: 4.0 },
    to: [
      { xM: 23.9, yM: 0.6, zM: 1.8 },
      { xM: 23.3, yM: 0.55, zM: 1.4 },
      { xM: 23.6, yM: 1.4, zM: 0.15 },
      { xM: 23.0, yM: 1.1, zM: 0.15 },
      { xM: 22.6, yM: 1.9, zM: 0.15 },
    ],
  },
  ...shooters,
};

export const arenalAtTheOtherDoor: ExhibitFileInput = {
  id: 'arenal-at-the-other-door',
  name: { en: 'Arenal at the other door', es: 'Arenal en la otra puerta' },
  // Just inside the bathroom door (west wall, z 4.0–4.8), to its north, facing east towards the bed.
  model: { kind: 'standing-figure', xM: 19.32, zM: 3.45, facingDeg: 90 },
  caption: {
    en: 'The Mexican painter Luis Arenal fired from the bedroom’s third door. The source calls it only “the other door” and does not say which it was; we place him at the door to the bathroom, the room’s only other doorway. Between the three gunmen, close to 200 rounds hit the bed and the walls.',
    es: 'El pintor mexicano Luis Arenal disparó desde la tercera puerta del dormitorio. La fuente solo habla de «la otra puerta» y no dice cuál era; lo situamos en la del baño, la única otra puerta del cuarto. Entre los tres tiradores hicieron cerca de 200 disparos contra la cama y los muros.',
  },
  when: THE_NIGHT,
  people: ['luis-arenal', 'david-alfaro-siqueiros', 'antonio-pujol'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'The travel blog says Luis Arenal fired from “the other door” without naming it: that it was the door to the bathroom is our inference. The figure, its place beside the door and where each shot went are ours.',
      es: 'El blog de viaje dice que Luis Arenal disparó desde «la otra puerta», sin decir cuál: que fuera la del baño es una inferencia nuestra. La figura, su lugar junto a la puerta y el destino de cada tiro son nuestros.',
    },
  },
  related: ['siqueiros-at-the-garden-door', 'pujol-at-the-study-door', 'original-bed', 'bullet-holes', 'armored-doors', 'attackers-doors'],
  linesOfFire: {
    from: { xM: 19.62, yM: 1.3, zM: 3.45 },
    to: [
      { xM: 23.0, yM: 0.6, zM: 1.5 },
      { xM: 23.5, yM: 0.65, zM: 0.9 },
      { xM: 22.95, yM: 0.55, zM: 2.0 },
      { xM: 23.1, yM: 1.6, zM: 0.15 },
      { xM: 22.5, yM: 0.7, zM: 0.15 },
      { xM: 24.0, yM: 2.1, zM: 0.15 },
    ],
  },
  ...shooters,
};

export const trotskyAndNataliaInTheCorner: ExhibitFileInput = {
  id: 'trotsky-and-natalia-in-the-corner',
  name: { en: 'Trotsky and Natalia in the corner', es: 'Trotsky y Natalia en el rincón' },
  // Between the bed (east edge x 24.2) and the east wall, against the north wall.
  model: { kind: 'crouching-figures', xM: 24.55, zM: 0.7, facingDeg: 180 },
  caption: {
    en: 'By Trotsky’s own account, he and Natalia survived by throwing themselves to the floor in the corner behind the bed, the one place the gunmen at the doors could not see. The bullets struck the bed and the walls, yet neither of them was hurt. Which corner it was, the source does not say: the one shown is our reconstruction.',
    es: 'Según el relato del propio Trotsky, él y Natalia salvaron la vida arrojándose al suelo en el rincón detrás de la cama, el único sitio que los tiradores de las puertas no alcanzaban a ver. Las balas dieron en la cama y en los muros, pero ninguno de los dos resultó herido. La fuente no dice qué rincón era: el que se muestra es una reconstrucción nuestra.',
  },
  when: THE_NIGHT,
  people: ['leon-trotsky', 'natalia-sedova'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'Trotsky’s account of hiding with Natalia in the corner behind the bed, out of the attackers’ sight, is reported by the travel blog. The corner chosen, beside the headboard, and the figures are ours.',
      es: 'El blog de viaje recoge el relato de Trotsky: se escondió con Natalia en el rincón detrás de la cama, fuera de la vista de los atacantes. El rincón elegido, junto a la cabecera, y las figuras son nuestros.',
    },
  },
  related: ['original-bed', 'bullet-holes', 'siqueiros-at-the-garden-door', 'pujol-at-the-study-door', 'arenal-at-the-other-door', 'sieva-under-the-bed'],
  ...onTheNight(
    {
      en: 'The raid, reconstructed: Trotsky and Natalia lie low on the floor in the corner behind the bed.',
      es: 'El asalto, reconstruido: Trotsky y Natalia, tendidos en el suelo del rincón detrás de la cama.',
    },
    inferred(
      'Trotsky’s account of the corner is in the travel blog; which corner, and the figures, are ours.',
      'El relato de Trotsky sobre el rincón está en el blog de viaje; qué rincón era, y las figuras, son nuestros.',
    ),
  ),
};

/** The museum's marker of the corner stands from the fortress on: before the raid there is nothing to mark, and on
 *  the night the couple themselves are in it. */
export const cornerMarkerNote = {
  en: 'The corner behind the bed: not marked in this era; before the raid nothing had happened there yet, and on the night of the raid Trotsky and Natalia themselves are shown in it.',
  es: 'El rincón detrás de la cama: en esta época no está señalado; antes del asalto ahí no había pasado nada, y la noche del asalto se muestra en él a los propios Trotsky y Natalia.',
};
export const cornerMarkerEvidence = inferred(
  'The marker is our way of pointing out the place of Trotsky’s account, which the travel blog reports; showing it from August 1940 on, so that on the night the couple take its place, is our choice.',
  'La marca es nuestra manera de señalar el lugar del relato de Trotsky, que recoge el blog de viaje; mostrarla desde agosto de 1940, para que esa noche la pareja ocupe su sitio, es decisión nuestra.',
);

export const raidBedroom: ExhibitFileInput[] = [siqueirosAtTheGardenDoor, pujolAtTheStudyDoor, arenalAtTheOtherDoor, trotskyAndNataliaInTheCorner];
