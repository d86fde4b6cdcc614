import { TRAVEL_BLOG } from '../define';
import type { TourInput } from '../tourSchema';

// Told against the house as it stands today; the rooms as they were that night come later.
export default {
  id: 'night-of-24-may-1940',
  title: { en: '24 May 1940', es: '24 de mayo de 1940' },
  summary: {
    en: 'The night of the first attempt on Trotsky’s life, room by room through the house as it is today.',
    es: 'La noche del primer atentado contra Trotsky, cuarto por cuarto en la casa tal como es hoy.',
  },
  minutes: 6,
  stops: [
    {
      room: 'garden',
      look: { kind: 'overview' },
      title: { en: 'The house that night', es: 'La casa aquella noche' },
      narration: {
        en: 'In the early hours of 24 May 1940, Trotsky and Natalia were in their bedroom, their grandson Sieva was asleep in his room, and most of the household was in its wing by the garden. This tour follows the attack through the rooms it reached, as they stand today. Where each room lies is our schematic plan; what happened in them comes from the sources.',
        es: 'En la madrugada del 24 de mayo de 1940, Trotsky y Natalia estaban en su dormitorio, su nieto Sieva dormía en su cuarto y casi toda la gente de la casa estaba en su pabellón junto al jardín. Este recorrido sigue el ataque por los cuartos que alcanzó, tal como se ven hoy. La ubicación de cada cuarto es nuestro plano esquemático; lo que ocurrió en ellos viene de las fuentes.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['family-wing'],
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'perimeter-walls' },
      title: { en: 'Someone opened the door', es: 'Alguien abrió la puerta' },
      narration: {
        en: 'Some twenty armed men, led by the muralist David Alfaro Siqueiros, got inside these walls. According to what the police said later, it was Robert Sheldon Harte, the head of Trotsky’s security, who let them in. The sources do not say which door he opened.',
        es: 'Una veintena de hombres armados, encabezados por el muralista David Alfaro Siqueiros, logró entrar tras estos muros. Según informó después la policía, fue Robert Sheldon Harte, jefe de la seguridad de Trotsky, quien les abrió la puerta. Las fuentes no dicen cuál.',
      },
      sources: [TRAVEL_BLOG],
      people: ['david-alfaro-siqueiros', 'robert-sheldon-harte'],
    },
    {
      room: 'guards-house',
      look: { kind: 'exhibit', exhibit: 'trapped-by-gunfire' },
      title: { en: 'Pinned down', es: 'Sin poder salir' },
      narration: {
        en: 'The guards, secretaries and friends who lived in this wing could do nothing to stop it. The shooting was so heavy that none of them managed to leave their rooms and fight back. Sheldon Harte, the bodyguard the police later named as the man who let the attackers in, lived here too.',
        es: 'Los guardias, secretarios y amigos que vivían en este pabellón no pudieron impedirlo. El tiroteo era tan intenso que ninguno logró salir de su cuarto para resistir. Sheldon Harte, el guardaespaldas al que la policía señaló después como quien dejó entrar a los atacantes, también vivía aquí.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['residents'],
      people: ['robert-sheldon-harte'],
    },
    {
      room: 'grandsons-room',
      look: { kind: 'exhibit', exhibit: 'sievas-bed' },
      title: { en: 'Under the bed', es: 'Debajo de la cama' },
      narration: {
        en: 'Trotsky’s grandson Sieva was asleep in this room when gunfire in the garden woke him. By his own account, he hid under the bed, and a bullet hit his foot. The wound was light, and it was the only one anyone suffered that night. Whether this is the bed he hid under, the sources do not say.',
        es: 'Sieva, el nieto de Trotsky, dormía en este cuarto cuando lo despertaron los disparos en el jardín. Según su propio relato, se metió debajo de la cama, y una bala le dio en el pie. La herida fue leve, y fue la única que sufrió alguien esa noche. Las fuentes no dicen si esta es la cama bajo la que se escondió.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['sievas-story'],
      people: ['sieva-volkov'],
    },
    {
      room: 'bedroom',
      look: { kind: 'exhibit', exhibit: 'attackers-doors' },
      title: { en: 'Three doors', es: 'Tres puertas' },
      narration: {
        en: 'Three of the attackers shot into this room, each from a doorway. Siqueiros fired from the door to the garden, now this barred window; the Spanish painter Antonio Pujol from the door to the study; and the Mexican painter Luis Arenal from the other door, which the sources do not identify. Between them the three fired almost 200 rounds at the bed and the walls.',
        es: 'Tres de los atacantes dispararon contra este cuarto, cada uno desde una puerta. Siqueiros lo hizo desde la que daba al jardín, hoy esta ventana enrejada; el pintor español Antonio Pujol, desde la puerta del estudio, y el pintor mexicano Luis Arenal, desde la otra, que las fuentes no identifican. Entre los tres hicieron casi 200 disparos contra la cama y las paredes.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['bullet-holes'],
      people: ['david-alfaro-siqueiros', 'antonio-pujol', 'luis-arenal'],
    },
    {
      room: 'bedroom',
      look: { kind: 'exhibit', exhibit: 'replacement-bed' },
      title: { en: 'More than fifty bullets', es: 'Más de cincuenta balazos' },
      narration: {
        en: 'The bed in this room is not the one Trotsky and Natalia slept in. Theirs was hit by more than fifty bullets and was later replaced. Hundreds of rounds lodged deep in the walls of the house, and some of their holes are still visible above the headboard and in the north wall.',
        es: 'La cama de este cuarto no es en la que dormían Trotsky y Natalia. La suya recibió más de cincuenta balazos y después fue sustituida. Cientos de balas se incrustaron a fondo en los muros de la casa, y todavía se ven algunos orificios en el muro norte y sobre la cabecera.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['bullet-holes'],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'bedroom',
      look: { kind: 'exhibit', exhibit: 'corner-behind-bed' },
      title: { en: 'The corner behind the bed', es: 'El rincón detrás de la cama' },
      narration: {
        en: 'Trotsky and Natalia lived through the shooting by throwing themselves to the floor in the corner behind the bed. By Trotsky’s own account, it was the only place in the room the gunmen could not see. Which corner it was, the sources do not say; the one marked here is our reconstruction.',
        es: 'Trotsky y Natalia sobrevivieron al tiroteo tirándose al suelo en el rincón detrás de la cama. Según contó el propio Trotsky, era el único lugar del cuarto que los tiradores no podían ver. Las fuentes no dicen qué rincón era; el que se señala aquí es una reconstrucción nuestra.',
      },
      sources: [TRAVEL_BLOG],
      people: ['leon-trotsky', 'natalia-sedova'],
    },
    {
      room: 'study',
      // Inside the study, just east of its door to the bedroom, facing the door.
      look: { kind: 'view', xM: 26.4, zM: 3, headingDeg: 270 },
      title: { en: 'Fire for the archive', es: 'Fuego para el archivo' },
      narration: {
        en: 'Antonio Pujol fired into the bedroom from this doorway. Killing Trotsky was not the raiders’ only aim: they also meant to burn his archives, and threw incendiary bombs into the house. The sources do not say where the bombs fell or what they damaged.',
        es: 'Desde esta puerta disparó Antonio Pujol hacia el dormitorio. Matar a Trotsky no era el único propósito del asalto: también querían quemar su archivo, y por eso lanzaron bombas incendiarias dentro de la casa. Las fuentes no dicen dónde cayeron ni qué dañaron.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['attackers-doors'],
      people: ['antonio-pujol', 'leon-trotsky'],
    },
    {
      room: 'kitchen',
      look: { kind: 'exhibit', exhibit: 'bricked-east-window' },
      title: { en: 'Bricked up', es: 'Tapiada' },
      narration: {
        en: 'After the attack the house closed in on itself. This kitchen window looked onto Morelos Street, and for that reason it was filled with bricks. Other windows were bricked over too, and bars and steel shutters cover the rest, which is why the rooms are so dim today.',
        es: 'Después del ataque, la casa se cerró sobre sí misma. Esta ventana de la cocina daba a la calle Morelos, y por eso se tapió con ladrillos. También se cubrieron otras ventanas, y las demás tienen rejas y contraventanas de acero: por eso los cuartos son hoy tan oscuros.',
      },
      sources: [TRAVEL_BLOG],
    },
    {
      room: 'garden',
      look: { kind: 'exhibit', exhibit: 'watchtowers' },
      title: { en: 'A fortress', es: 'Una fortaleza' },
      narration: {
        en: 'On President Lázaro Cárdenas’s orders the house was fortified: metal doors were fitted, the alarms outside were improved and watchtowers rose on the roof. Trotsky’s outings came to an end. “My grandfather knew that the next attack would be soon. The question was where from,” Sieva said later. It came in August 1940, from a man the household had let in.',
        es: 'Por orden del presidente Lázaro Cárdenas, la casa se fortificó: se pusieron puertas metálicas, se mejoraron las alarmas exteriores y se levantaron torres de vigilancia en la azotea. Se acabaron los paseos de Trotsky. «Mi abuelo sabía que el próximo ataque no tardaría. La pregunta era por dónde vendría», contó después Sieva. Llegó en agosto de 1940, de la mano de un hombre al que la casa había dejado entrar.',
      },
      sources: [TRAVEL_BLOG],
      mentions: ['armored-doors', 'armored-bathroom-door', 'attack-site'],
      people: ['lazaro-cardenas', 'sieva-volkov', 'leon-trotsky'],
    },
  ],
} satisfies TourInput;
