// What the office was in the eras before the fortress: whole windows on Morelos Street, the Viena portico not yet
// bricked up, and a staff Joseph Hansen had not yet joined.
import { documented, inferred } from '../define';
import type { EraSpan } from '../schema';

/** The blog dates no bricking in this room; we date it with the kitchen's, after the first attack. */
export const BEFORE_BRICKING: EraSpan = { until: '1940-08' };
export const bricklessMorelos = [
  {
    eras: BEFORE_BRICKING,
    state: 'barred' as const,
    note: {
      en: 'The Morelos windows: whole windows, not yet half filled with brick.',
      es: 'Las ventanas a Morelos: ventanas completas, todavía sin el ladrillo hasta media altura.',
    },
    evidence: inferred(
      'The travel blog does not date the half bricking; it says some windows were bricked after the first attack, so we show these whole before it, with bars like the others.',
      'El blog de viaje no fecha el tapiado a medias; dice que algunas ventanas se tapiaron tras el primer ataque, así que las mostramos completas antes, con reja como las demás.',
    ),
  },
];

export const porticoHistory = [
  {
    eras: BEFORE_BRICKING,
    state: 'barred' as const,
    note: {
      en: 'The Viena portico: not yet bricked up; we show it closed by bars, as the sources describe nothing else.',
      es: 'El pórtico a Viena: todavía sin tapiar; lo mostramos cerrado con reja, pues las fuentes no describen otra cosa.',
    },
    evidence: inferred(
      'The travel blog does not date the bricking of the portico; we date it with the other windows bricked after the first attack. How it was closed before is our guess.',
      'El blog de viaje no fecha el tapiado del pórtico; lo fechamos con las demás ventanas tapiadas tras el primer ataque. Cómo se cerraba antes es una conjetura nuestra.',
    ),
  },
];

export const hansenNotYet = {
  eras: { until: '1940-05-24' as const },
  note: {
    en: 'The staff: Joseph Hansen, Trotsky’s old collaborator, is not yet among the secretaries; he joined them in May 1940.',
    es: 'El equipo: Joseph Hansen, viejo colaborador de Trotsky, todavía no está entre los secretarios; se les unió en mayo de 1940.',
  },
  evidence: documented(
    'The travel blog says Joseph Hansen joined the staff in May 1940.',
    'El blog de viaje dice que Joseph Hansen se incorporó al equipo en mayo de 1940.',
  ),
};

export const windowsWholeThen = {
  eras: BEFORE_BRICKING,
  note: {
    en: 'As we date it, at this time both windows are still whole.',
    es: 'Según nuestra datación, en este momento las dos ventanas siguen completas.',
  },
};

export const porticoOpenThen = {
  eras: BEFORE_BRICKING,
  note: {
    en: 'As we date it, at this time the portico is not yet bricked up.',
    es: 'Según nuestra datación, en este momento el pórtico todavía no está tapiado.',
  },
};
