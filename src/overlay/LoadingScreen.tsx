// Covers the view until the first frame of the house is drawn, with progress for what is still loading.
import { useTour } from '../state/tourStore';

export function LoadingScreen() {
  const ready = useTour((s) => s.sceneReady);
  const progress = useTour((s) => s.loadProgress);
  if (ready) return null;
  return (
    <div className="loading" role="progressbar" aria-label="Preparing the house" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress)}>
      <p className="loading-title">Casa Trotsky</p>
      <p>Preparing the house…</p>
      <div className="loading-bar">
        <div style={{ width: `${Math.max(8, progress)}%` }} />
      </div>
    </div>
  );
}
