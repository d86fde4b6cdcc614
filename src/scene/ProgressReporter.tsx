// Passes drei's loading progress (fonts, anything fetched through three's loaders) to the store, so the loading
// screen outside the 3D bundle can show it.
import { useEffect } from 'react';
import { useProgress } from '@react-three/drei';
import { tourStore } from '../state/tourStore';

export function ProgressReporter() {
  const { progress, active } = useProgress();
  useEffect(() => tourStore.getState().setLoadProgress(active ? progress : 100), [progress, active]);
  return null;
}
