import type { UiStrings } from './en';

// Textos de la interfaz en español.
export const es: UiStrings = {
  siteTitle: 'Casa Trotsky',
  siteSubtitle: 'un recorrido virtual por la casa de Coyoacán',
  tabTitle: 'Casa Trotsky — recorrido virtual',
  youAreIn: 'Estás en',
  schematic: 'esquemático',
  doorways: 'Puertas',
  goTo: 'Ir a {{room}}',
  rooms: 'Espacios',
  objectsInRoom: 'Objetos de este espacio',
  floorPlan: 'Plano (esquemático)',
  floorPlanNote:
    'Plano esquemático: las fuentes describen los cuartos, no sus medidas, así que los tamaños y algunas conexiones son una reconstrucción. El norte está arriba.',
  unknownRoom: 'En esta casa no hay ningún espacio llamado «{{requested}}», así que el recorrido empieza en: {{room}}.',
  unknownExhibit: 'Aquí no hay ningún objeto llamado «{{requested}}»; estás en: {{room}}.',
  dismissNotice: 'Cerrar este aviso',
  loadingAria: 'Preparando la casa',
  loading: 'Preparando la casa…',
  viewLabel: 'Vista 3D: {{room}}',
  helpKeyboard:
    'Camina con W A S D o las flechas, arrastra para mirar alrededor, haz clic en el piso para ir ahí y en los letreros de las puertas o en los puntos luminosos de los objetos.',
  helpTouch: 'Arrastra para mirar alrededor, toca el piso para ir ahí y toca los letreros de las puertas o los puntos de los objetos.',
  noWebgl:
    'Este navegador no puede mostrar la casa en 3D (no tiene WebGL). La guía junto a este mensaje describe todos los espacios y objetos y permite recorrer la casa.',
  close: 'Cerrar',
  closeIntro: 'Cerrar la introducción',
  when: 'Cuándo',
  people: 'Personas',
  sources: 'Fuentes',
  documented: 'Documentado',
  reconstructed: 'Reconstruido',
  related: 'Véase también',
  inRoom: 'en: {{room}}',
  language: 'Idioma',
  timeline: 'Cronología',
  peopleOfTheHouse: 'Las personas de la casa',
  sourcesDisagree: 'Las fuentes no coinciden',
  readerComment: 'comentario de un lector',
};
