// The raid of 24 May 1940 in the grandson's room, reconstructed: Sieva under his bed, by his own testimony.
import { TRAVEL_BLOG, inferred } from '../define';
import type { ExhibitFileInput } from '../schema';
import { THE_NIGHT, onTheNight } from './night';

export const sievaUnderTheBed: ExhibitFileInput = {
  id: 'sieva-under-the-bed',
  name: { en: 'Sieva under the bed', es: 'Sieva debajo de la cama' },
  // Under his bed (sievas-bed, same centre), head to the north like the bed's.
  model: { kind: 'lying-figure', xM: 12.75, zM: 1.12, facingDeg: 180 },
  caption: {
    en: 'Trotsky’s grandson Sieva was asleep in this room when shots in the garden woke him, and by his own testimony he hid under his bed. A bullet struck his foot and wounded him lightly; no one else was hurt in the attack. The figure and the way it lies are our reconstruction.',
    es: 'Sieva, el nieto de Trotsky, dormía en este cuarto cuando lo despertaron los disparos en el jardín y, según su propio testimonio, se escondió debajo de la cama. Una bala le dio en el pie y lo hirió levemente; nadie más resultó herido en el ataque. La figura y su postura son una reconstrucción nuestra.',
  },
  when: THE_NIGHT,
  people: ['sieva-volkov'],
  sources: [TRAVEL_BLOG],
  evidence: {
    status: 'reconstructed',
    note: {
      en: 'Sieva’s testimony, as the travel blog reports it: asleep in this room, woken by shots in the garden, under the bed, lightly wounded in the foot, the only one hurt. How he lay, and that this is the bed, are ours.',
      es: 'El testimonio de Sieva, tal como lo recoge el blog de viaje: dormía en este cuarto, lo despertaron los disparos en el jardín, se metió bajo la cama y una bala le hirió levemente el pie; fue el único herido. Cómo estaba tendido, y que sea esta cama, son nuestros.',
    },
  },
  related: ['sievas-bed', 'sievas-story', 'gunfire-in-the-garden', 'trotsky-and-natalia-in-the-corner'],
  ...onTheNight(
    {
      en: 'The raid, reconstructed: Sieva lies hidden under his bed.',
      es: 'El asalto, reconstruido: Sieva, escondido debajo de su cama.',
    },
    inferred(
      'Sieva’s testimony that he hid under the bed is in the travel blog; the figure and how it lies are ours.',
      'El testimonio de Sieva de que se escondió bajo la cama está en el blog de viaje; la figura y su postura son nuestras.',
    ),
  ),
};

export const raidGrandsonsRoom: ExhibitFileInput[] = [sievaUnderTheBed];
