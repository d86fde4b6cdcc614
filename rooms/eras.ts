// The eras the tour can show, oldest first: dated states of the house. The room files describe the museum today
// and say, change by change, what differed in each earlier era (see schema/eras.ts).
import { documented, inferred, TRAVEL_BLOG } from './define';
import type { Era } from './schema';

export const eras: Era[] = [
  {
    id: '1939-05',
    date: '1939-05',
    label: { en: 'May 1939', es: 'Mayo de 1939' },
    name: { en: 'Moving in', es: 'La mudanza' },
    description: {
      en: 'Trotsky and Natalia Sedova have just left the Blue House for this one; the guards’ wing is not yet built.',
      es: 'Trotsky y Natalia Sedova acaban de dejar la Casa Azul por esta; el pabellón de los guardias aún no existe.',
    },
    light: 'day',
    evidence: documented(
      'The travel blog dates the move from the Blue House to May 1939. “Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938” puts it early that year instead.',
      'El blog de viaje fecha en mayo de 1939 la mudanza desde la Casa Azul; «Frida Kahlo and Diego Rivera Visit Leon Trotsky in Mexico, 1938» la sitúa a principios de ese año.',
      [TRAVEL_BLOG, '000_78ac5b74e856ea78.txt'],
    ),
  },
  {
    id: '1940-05-24',
    date: '1940-05-24',
    label: { en: '24 May 1940, before dawn', es: '24 de mayo de 1940, antes del amanecer' },
    name: { en: 'The night of the raid', es: 'La noche del asalto' },
    description: {
      en: 'Gunmen led by David Alfaro Siqueiros are inside the compound, firing into the bedroom.',
      es: 'Un grupo armado dirigido por David Alfaro Siqueiros ha entrado en el recinto y dispara contra el dormitorio.',
    },
    light: 'night',
    evidence: documented(
      'The travel blog dates the attack to the early morning of 24 May 1940.',
      'El blog de viaje fecha el ataque en la madrugada del 24 de mayo de 1940.',
    ),
  },
  {
    id: '1940-08',
    date: '1940-08',
    label: { en: 'August 1940', es: 'Agosto de 1940' },
    name: { en: 'The fortress', es: 'La fortaleza' },
    description: {
      en: 'After the raid the house has been fortified: metal doors, watchtowers, bricked-up windows, better alarms.',
      es: 'Tras el asalto la casa se ha fortificado: puertas metálicas, torres de vigilancia, ventanas tapiadas y mejores alarmas.',
    },
    light: 'day',
    evidence: inferred(
      'The sources say the house was fortified after the raid but give no date for the work; we show it finished by August 1940, the month Trotsky was killed.',
      'Las fuentes dicen que la casa se fortificó después del asalto, sin fechar las obras; las mostramos terminadas en agosto de 1940, el mes en que mataron a Trotsky.',
    ),
  },
  {
    id: 'today',
    date: 'today',
    label: { en: 'Today', es: 'Hoy' },
    name: { en: 'The museum', es: 'El museo' },
    description: {
      en: 'The Casa Museo León Trotsky, with the couple’s tomb in the garden and the marks of 1940 still on the walls.',
      es: 'La Casa Museo León Trotsky, con la tumba de la pareja en el jardín y las huellas de 1940 todavía en los muros.',
    },
    light: 'day',
    evidence: inferred(
      'The sources do not say when the museum opened; this is the house as the undated travel blog found it.',
      'Las fuentes no dicen cuándo abrió el museo; es la casa tal como la encontró el blog de viaje, que no lleva fecha.',
    ),
  },
];
