// The time control in the headset: a column of plates over the left controller, one per era, oldest at the top,
// the current one lit. Pointing the right controller's ray at a plate and pulling the trigger changes the era, as
// the guide's control does on a screen (there are no page overlays in a headset's browser).
import { XRSpace } from '@react-three/xr';
import { tourStore, useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { eras } from '../content/eras';
import { useLabel } from '../scene/labels/useLabel';
import { PanelPlate } from './PanelPlate';
import { PLATE_LOOK } from './panelLook';

/** Held at the wrist, about 35 cm from the eyes: a third of a room panel's plates (8 cm at 1.3 m) reads the same. */
const WRIST_PLATE_M = 0.026;
const WRIST_GAP_M = 0.008;
/** The current era: light plate, dark ink, as the screen's control marks it. */
const CURRENT_LOOK = { plate: '#f7f2e8', ink: '#231f1b' };
/** Above the grip, tilted back towards the eyes while the controller is held out in front. */
const ABOVE_GRIP_M = 0.07;
const TILT_RAD = -0.6;

function EraPlate({ id, text, current, yM }: { id: string; text: string; current: boolean; yM: number }) {
  const label = useLabel(current ? `● ${text}` : text, WRIST_PLATE_M, current ? CURRENT_LOOK : PLATE_LOOK);
  if (!label) return null;
  return <PanelPlate name={`era-plate-${id}`} label={label} xM={0} yM={yM} onSelect={() => tourStore.getState().requestEra(id)} />;
}

export function EraPlates() {
  const { t } = useTranslation();
  const lang = useTour((s) => s.lang);
  const era = useTour((s) => s.era);
  const heading = useLabel(t('eraHeading'), WRIST_PLATE_M * 0.8, PLATE_LOOK);
  const step = WRIST_PLATE_M + WRIST_GAP_M;
  return (
    <XRSpace space="grip-space">
      <group name="era-plates" position={[0, ABOVE_GRIP_M, 0]} rotation={[TILT_RAD, 0, 0]}>
        {/* The heading is a plate too, so a ray that lands on it stops there instead of teleporting beyond. */}
        {heading && <PanelPlate name="era-plates-heading" label={heading} xM={0} yM={step * eras.length} onSelect={() => {}} />}
        {eras.map((e, i) => (
          <EraPlate key={e.id} id={e.id} text={pick(e.label, lang)} current={e.id === era} yM={step * (eras.length - 1 - i)} />
        ))}
      </group>
    </XRSpace>
  );
}
