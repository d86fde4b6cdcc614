// In the headset, the guided tour's subtitle panel stands in the room beside the stop (placed once per arrival, see
// useTourPanelPlacement): the tour, "Stop n of N", the stop's title and narration, and plates under it for the
// previous stop, play or pause (or the way back to the stop), the next stop and leaving the tour.
import { useEffect, useMemo } from 'react';
import { tourStore, useTour } from '../state/tourStore';
import { awayFromStop, currentTour } from '../state/slices/guidedTour';
import { pick, useTranslation } from '../i18n';
import type { Label } from '../scene/labels/labelTexture';
import { useLabel } from '../scene/labels/useLabel';
import { markerGeometry } from '../scene/markerParts';
import { paintPanel } from './panelTexture';
import { PanelPlate } from './PanelPlate';
import { PANEL_ON_TOP, PLATE_GAP_M, PLATE_HEIGHT_M, PLATE_LOOK, READING_HEIGHT_M } from './panelLook';
import { TOUR_PANEL_WIDTH_M } from './panelPlacement';
import { useTourPanelPlacement } from './useTourPanelPlacement';

/** The lowest plate's centre stays this high: 1.3 m away, about 30° below a standing visitor's eyes. */
const LOWEST_PLATE_M = 0.8;

interface Plate {
  name: string;
  label: Label | null;
  onSelect: () => void;
}

/** One row of plates, centred under the panel; those not shown are left out, those still painting wait. */
function PlateRow({ plates, yM }: { plates: Plate[]; yM: number }) {
  const shown = plates.filter((p): p is Plate & { label: Label } => !!p.label);
  const widthM = shown.reduce((sum, p) => sum + p.label.widthM, 0) + PLATE_GAP_M * (shown.length - 1);
  let xM = -widthM / 2;
  return shown.map((p) => {
    const centreM = xM + p.label.widthM / 2;
    xM += p.label.widthM + PLATE_GAP_M;
    return <PanelPlate key={p.name} name={p.name} label={p.label} xM={centreM} yM={yM} onSelect={p.onSelect} />;
  });
}

/** Nothing is painted outside a session (the XR code stays loaded after one, while the tour may go on on the screen)
 *  nor without a tour (whose strings come with the tours' code). */
export function TourPanel() {
  const shown = useTour((s) => s.vr === 'presenting' && !!s.guided);
  return shown ? <TourPanelInRoom /> : null;
}

function TourPanelInRoom() {
  const { t } = useTranslation();
  const tour = useTour(currentTour);
  const guided = useTour((s) => s.guided);
  const lang = useTour((s) => s.lang);
  const away = useTour(awayFromStop);
  const voiceless = useTour((s) => s.speechUnavailable === s.lang);
  const at = useTourPanelPlacement();
  // Actions never change: read once, not subscribed to.
  const { previousStop, nextStop, playTour, pauseTour, resumeStop, leaveTour } = tourStore.getState();

  const stopIndex = guided?.stop ?? 0;
  const finished = !!guided?.finished;
  const status = finished ? t('tourFinished') : away ? t('tourAway') : voiceless ? t('tourNoVoice') : null;
  const panel = useMemo(() => {
    const stop = tour?.stops[stopIndex];
    if (!tour || !stop) return null;
    const kicker = `${t('tourPlayer', { tour: pick(tour.title, lang) })} · ${t('tourStopOf', { n: stopIndex + 1, count: tour.stops.length })}`;
    const footer = status ? [status, t('xrTourButtons')] : [t('xrTourButtons')];
    return paintPanel({ kicker, title: pick(stop.title, lang), body: pick(stop.narration, lang), footer });
  }, [tour, stopIndex, lang, status, t]);
  useEffect(() => () => panel?.texture.dispose(), [panel]);

  const play =
    away && !finished
      ? { name: 'tour-panel-resume', text: t('tourResume'), onSelect: resumeStop }
      : finished
        ? { name: 'tour-panel-restart', text: t('tourRestart'), onSelect: playTour }
        : guided?.playing
          ? { name: 'tour-panel-pause', text: t('tourPause'), onSelect: pauseTour }
          : { name: 'tour-panel-play', text: t('tourPlay'), onSelect: playTour };
  const previousLabel = useLabel(`‹ ${t('tourPrevious')}`, PLATE_HEIGHT_M, PLATE_LOOK);
  const playLabel = useLabel(play.text, PLATE_HEIGHT_M, PLATE_LOOK);
  const nextLabel = useLabel(`${t('tourNext')} ›`, PLATE_HEIGHT_M, PLATE_LOOK);
  const leaveLabel = useLabel(t('tourLeave'), PLATE_HEIGHT_M, PLATE_LOOK);
  if (!at || !tour || !guided || !panel) return null;

  const first = guided.stop === 0;
  const last = guided.stop >= tour.stops.length - 1;
  const heightM = TOUR_PANEL_WIDTH_M / panel.aspect;
  const rowYM = -heightM / 2 - PLATE_HEIGHT_M;
  const leaveYM = rowYM - PLATE_HEIGHT_M - PLATE_GAP_M / 2;
  // A long narration (up to ~670 characters: 1.2 m of panel) is raised rather than let its plates sink to the knees.
  const centreM = Math.max(READING_HEIGHT_M, LOWEST_PLATE_M - leaveYM);
  return (
    <group position={[at.xM, centreM, at.zM]} rotation={[0, at.yawRad, 0]} name="tour-panel">
      <mesh geometry={markerGeometry} scale={[TOUR_PANEL_WIDTH_M, heightM, 1]} renderOrder={PANEL_ON_TOP}>
        <meshBasicMaterial map={panel.texture} transparent depthTest={false} toneMapped={false} />
      </mesh>
      <PlateRow
        yM={rowYM}
        plates={[
          { name: 'tour-panel-previous', label: first ? null : previousLabel, onSelect: previousStop },
          { name: play.name, label: playLabel, onSelect: play.onSelect },
          { name: 'tour-panel-next', label: last ? null : nextLabel, onSelect: nextStop },
        ]}
      />
      <PlateRow yM={leaveYM} plates={[{ name: 'tour-panel-leave', label: leaveLabel, onSelect: leaveTour }]} />
    </group>
  );
}
