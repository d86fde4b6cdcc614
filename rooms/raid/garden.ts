// The raid of 24 May 1940 in the garden, reconstructed: the door the police said Sheldon Harte opened, and the
// gunfire outside the guards' house. The source names neither place: both spots are ours.
import { TRAVEL_BLOG, inferred } from '../define';
import type { ExhibitFileInput } from '../schema';
import { THE_NIGHT, onTheNight } from './night';

export const theDoorHarteOpened: ExhibitFileInput = {
  id: 'the-door-harte-opened',
  name: { en: 'The door Harte opened', es: 'La puerta que abrió Harte' },
  // On the south perimeter wall, behind the garden's entrance viewpoint (17, 25), east of the guards' house.
  model: { kind: 'marker', xM: 18.5, zM: 33.7, yM: 1.2 },
  caption: {
    en: 'According to what the police said later, the gunmen got into the compound because Robert Sheldon Harte, the head of Trotsky’s security, opened a door for them. The source does not say which door it was: this place in the garden wall, on the side where the visit begins, is our choice. Some twenty men, led by David Alfaro Siqueiros, came in.',
    es: 'Según informó después la policía, los pistoleros entraron al recinto porque Robert Sheldon Harte, jefe de la seguridad de Trotsky, les abrió una puerta. La fuente no dice cuál: este punto del muro del jardín, del lado donde empieza la visita, es elección nuestra. Entraron unos veinte hombres, encabezados por David Alfaro Siqueiros.',
  },
  when: THE_NIGHT,
  people: ['robert-sheldon-harte', 'david-alfaro-siqueiros'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'That Harte opened the door to the attackers is the police’s account, as the travel blog reports it, and the blog gives the group as some twenty men under Siqueiros. Which door, and so this spot, the blog does not say: it is ours.',
      es: 'Que Harte les abrió la puerta a los atacantes es la versión de la policía, tal como la recoge el blog de viaje, que cuenta unos veinte hombres al mando de Siqueiros. Qué puerta era, y por lo tanto este punto, el blog no lo dice: es nuestro.',
    },
  },
  related: ['perimeter-walls', 'residents', 'gunfire-in-the-garden', 'siqueiros-at-the-garden-door'],
  ...onTheNight(
    {
      en: 'The raid, reconstructed: a door in the garden wall, where by the police’s account Sheldon Harte let the gunmen in; which door it was, the source does not say.',
      es: 'El asalto, reconstruido: una puerta del muro del jardín, por donde según la policía Sheldon Harte dejó entrar a los pistoleros; la fuente no dice cuál era.',
    },
    inferred(
      'The police’s account of Harte is in the travel blog; the door, and its place, are ours.',
      'La versión de la policía sobre Harte está en el blog de viaje; la puerta, y su lugar, son nuestros.',
    ),
  ),
};

export const gunfireInTheGarden: ExhibitFileInput = {
  id: 'gunfire-in-the-garden',
  name: { en: 'Gunfire in the garden', es: 'Disparos en el jardín' },
  // In the garden, just outside the guards' house door (north wall, x 8).
  model: { kind: 'marker', xM: 8.9, zM: 26.9, yM: 1.6 },
  caption: {
    en: 'Shots rang out in the garden as well: by his own testimony, they were what woke Sieva in his room. Out here the firing was heavy enough to keep everyone living in the guards’ house inside their rooms, and none of them could come out to resist. Where in the garden the attackers fired from is not recorded; this place, outside the wing’s door, is ours.',
    es: 'También hubo disparos en el jardín: según su propio testimonio, fueron los que despertaron a Sieva en su cuarto. Aquí afuera el fuego fue tan nutrido que todos los que vivían en la casa de los guardias se quedaron en sus cuartos sin poder salir a resistir. No se sabe desde qué punto del jardín disparaban los atacantes; este lugar, frente a la puerta del pabellón, es elección nuestra.',
  },
  when: THE_NIGHT,
  people: ['sieva-volkov'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'Sieva’s testimony that shots in the garden woke him, and that the gunfire kept the guards’ house residents from getting out of their rooms, are reported by the travel blog. Where the shooting in the garden was, and this marker, are ours.',
      es: 'El testimonio de Sieva de que lo despertaron los disparos en el jardín, y que el tiroteo impidió salir de sus cuartos a los habitantes de la casa de los guardias, los recoge el blog de viaje. Dónde fue el tiroteo en el jardín, y esta marca, son nuestros.',
    },
  },
  related: ['trapped-by-gunfire', 'residents', 'sieva-under-the-bed', 'the-door-harte-opened'],
  ...onTheNight(
    {
      en: 'The raid, reconstructed: gunfire in the garden, outside the door of the guards’ house.',
      es: 'El asalto, reconstruido: disparos en el jardín, frente a la puerta de la casa de los guardias.',
    },
    inferred(
      'The shots in the garden and the household pinned in the wing are in the travel blog; the place is ours.',
      'Los disparos en el jardín y la gente del pabellón sin poder salir están en el blog de viaje; el lugar es nuestro.',
    ),
  ),
};

export const raidGarden: ExhibitFileInput[] = [theDoorHarteOpened, gunfireInTheGarden];
