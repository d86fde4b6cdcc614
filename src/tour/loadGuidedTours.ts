// The guided tours' code is its own chunk: the first load of the page does not carry it (see GuidedTours.tsx).
export const loadGuidedTours = () => import('./GuidedTours');
