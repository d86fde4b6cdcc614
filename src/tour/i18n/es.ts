// The guided tours' interface text in Spanish (see en.ts).
import type { TourStrings } from './en';

export const tourEs: TourStrings = {
  tourMinutes_one: 'aprox. {{count}} minuto',
  tourMinutes_other: 'aprox. {{count}} minutos',
  tourStops_one: '{{count}} parada',
  tourStops_other: '{{count}} paradas',
  startTour: 'Empezar la visita',
  tourPlayer: 'Visita guiada: {{tour}}',
  tourStopOf: 'Parada {{n}} de {{count}}',
  tourPlay: 'Reproducir',
  tourPause: 'Pausa',
  tourPrevious: 'Parada anterior',
  tourNext: 'Parada siguiente',
  tourLeave: 'Salir de la visita',
  tourResume: 'Volver a la parada',
  tourRestart: 'Empezar de nuevo',
  tourMute: 'Silenciar la narración',
  tourControls: 'Controles de la visita',
  tourFinished: 'Fin de la visita. Puedes seguir caminando desde aquí o empezarla de nuevo.',
  tourAway: 'La visita espera mientras miras a tu alrededor.',
  tourAllStops: 'Todas las paradas',
  tourMentions: 'Se menciona',
  tourSources: 'Fuentes y menciones',
  tourNoVoice: 'Este navegador no tiene voz en español, así que la visita sigue solo con subtítulos.',
  tourKeys: 'Teclas: Espacio reproduce o pausa, N parada siguiente, P parada anterior, M silencia la narración, R vuelve a la parada.',
  tourAnnounceStop: 'Parada {{n}} de {{count}}: {{title}}',
};
