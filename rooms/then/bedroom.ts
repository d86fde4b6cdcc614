// What the bedroom was in the eras before the museum: its garden door, its wooden bathroom door, the couple's bed.
import { TRAVEL_BLOG, documented, inEras, inferred } from '../define';
import type { ExhibitFileInput } from '../schema';

/** The same change seen from the doorway and from the window it became, so the room lists it once. */
export const gardenDoorNote = {
  en: 'The garden door: in 1940 the bedroom opened onto the garden here; the museum shows the opening as a barred window.',
  es: 'La puerta al jardín: en 1940 el dormitorio se abría aquí hacia el jardín; el museo muestra el hueco como una ventana con reja.',
};
export const gardenDoorEvidence = documented(
  'The travel blog says Siqueiros fired from the bedroom’s door to the garden, which is now a window. When it was closed is not said; we show it as a door until the museum.',
  'El blog de viaje dice que Siqueiros disparó desde la puerta del dormitorio al jardín, hoy una ventana. No dice cuándo se cerró; la mostramos como puerta hasta el museo.',
);
/** Metal doors were fitted after the raid: before the fortress, the bathroom door is a wooden one. */
export const woodenBathroomDoorNote = {
  en: 'The door to the bathroom is still a wooden one: the metal doors were fitted after the raid.',
  es: 'La puerta al baño todavía es de madera: las puertas metálicas se colocaron después del asalto.',
};

export const woodenBathroomDoor = {
  eras: { until: '1940-08' as const },
  leaf: 'door' as const,
  note: woodenBathroomDoorNote,
  evidence: inferred(
    'The travel blog says metal doors were fitted after the raid and that this entrance is armored; that this door was one of them, and wooden before, is our inference.',
    'El blog de viaje dice que tras el asalto se colocaron puertas metálicas y que esta entrada está blindada; que fuera una de ellas, y antes de madera, es una inferencia nuestra.',
  ),
};

/** The two beds are one change: the couple's own before the museum, its replacement today. */
export const bedNote = {
  en: 'The bed: the couple’s own bed stands here, where the museum now shows the one that replaced it.',
  es: 'La cama: aquí está la cama de la pareja, donde el museo muestra hoy la que la sustituyó.',
};
export const bedEvidence = documented(
  'The travel blog says today’s bed replaced the couple’s own, which more than fifty bullets had struck. It does not say when; we show their own bed until the museum.',
  'El blog de viaje dice que la cama actual sustituyó a la de la pareja, alcanzada por más de cincuenta balas. No dice cuándo; mostramos la suya hasta el museo.',
);

/** The couple's own bed, where the replacement stands today: the sources place neither. */
export const originalBed: ExhibitFileInput = {
  id: 'original-bed',
  name: { en: 'Trotsky and Natalia’s bed', es: 'La cama de Trotsky y Natalia' },
  model: { kind: 'double-bed', xM: 23.5, zM: 1.17, facingDeg: 180 },
  caption: {
    en: 'The bed Trotsky and Natalia shared. In the small hours of 24 May 1940 the gunmen led by Siqueiros put more than fifty bullets into it; the couple lay on the floor in the corner behind it and were not hit. Another bed stands in its place today.',
    es: 'La cama que compartían Trotsky y Natalia. En la madrugada del 24 de mayo de 1940 el grupo de Siqueiros la atravesó con más de cincuenta balas; la pareja estaba tendida en el suelo, en el rincón de atrás, y salió ilesa. Hoy ocupa su lugar otra cama.',
  },
  captionThen: [
    {
      eras: { until: '1940-05-24' },
      note: {
        en: 'In May 1939 the bed is still whole: the attack is a year away.',
        es: 'En mayo de 1939 la cama sigue intacta: falta un año para el ataque.',
      },
    },
  ],
  when: { en: '1939 to 1940', es: 'De 1939 a 1940' },
  people: ['leon-trotsky', 'natalia-sedova', 'david-alfaro-siqueiros'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'The couple’s bed and the more than fifty bullets that struck it are documented by the travel blog; its look and its place, the same as today’s bed, are our reconstruction.',
      es: 'La cama de la pareja y las más de cincuenta balas que la alcanzaron las documenta el blog de viaje; su aspecto y su lugar, el mismo de la cama actual, son una reconstrucción nuestra.',
    },
  },
  related: ['bullet-holes', 'corner-behind-bed', 'attackers-doors'],
  ...inEras({ until: 'today' }, bedNote, bedEvidence),
};
