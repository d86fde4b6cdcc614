// Every stop of the tour, to jump to one: the current one marked.
import type { Tour } from '../../rooms/tourSchema';
import { tourStore, useTour } from '../state/tourStore';
import { pick } from '../i18n';

export function TourStops({ tour, current }: { tour: Tour; current: number }) {
  const lang = useTour((s) => s.lang);
  return (
    <ol className="tour-stops">
      {tour.stops.map((stop, i) => (
        <li key={i}>
          <button
            type="button"
            className="link-button"
            aria-current={i === current ? 'step' : undefined}
            onClick={() => tourStore.getState().goToStop(i)}
          >
            {pick(stop.title, lang)}
          </button>
        </li>
      ))}
    </ol>
  );
}
