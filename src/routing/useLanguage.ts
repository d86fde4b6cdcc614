// The page's language follows the store's from the app's first effect on: one subscription, made once.
import { useEffect } from 'react';
import { tourStore } from '../state/tourStore';
import { followLanguage } from '../state/followLanguage';

export function useLanguage(): void {
  useEffect(() => followLanguage(tourStore), []);
}
