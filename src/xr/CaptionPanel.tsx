// In the headset, an open caption is a panel standing in the room beside its object, turned towards the visitor,
// at reading height and arm's length; a plate under it closes it.
import { useEffect, useMemo } from 'react';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { sources } from '../../rooms/sources';
import { hotspotPosition } from '../scene/hotspotPosition';
import type { Label } from '../scene/labels/labelTexture';
import { useLabel } from '../scene/labels/useLabel';
import { markerGeometry } from '../scene/markerParts';
import { paintPanel } from './panelTexture';

const PANEL_WIDTH_M = 0.8;
const READING_HEIGHT_M = 1.45;
/** The panel stands between the object and the visitor, this far from the visitor. */
const FROM_VISITOR_M = 0.9;
const CLOSE_LOOK = { plate: '#231f1b', ink: '#f7f2e8' };
const PLATE_HEIGHT_M = 0.08;
/** Drawn over the hotspot dots (which show through furniture), so nothing is read through the panel. */
const ON_TOP = 20;
const PLATE_GAP_M = 0.06;
/** Each language's plate names the other one, in its own words, as the page's switch does. */
const OTHER_LANGUAGE = { en: { lang: 'es', label: 'Español' }, es: { lang: 'en', label: 'English' } } as const;

/** A plate under the panel that the controller's ray selects. */
function PanelPlate({ name, label, xM, yM, onSelect }: { name: string; label: Label; xM: number; yM: number; onSelect: () => void }) {
  return (
    <mesh
      name={name}
      renderOrder={ON_TOP + 1}
      geometry={markerGeometry}
      position={[xM, yM, 0.005]}
      scale={[label.widthM, label.heightM, 1]}
      onClick={(e) => {
        e.stopPropagation();
        onSelect();
      }}
    >
      <meshBasicMaterial map={label.texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  );
}

export function CaptionPanel() {
  const { t } = useTranslation();
  const vr = useTour((s) => s.vr);
  const entry = useTour((s) => (s.exhibitId ? s.house.exhibits[s.exhibitId] : null));
  const lang = useTour((s) => s.lang);
  const pose = useTour((s) => s.pose);
  const close = useTour((s) => s.closeExhibit);
  const setLang = useTour((s) => s.setLang);
  const other = OTHER_LANGUAGE[lang];
  const panel = useMemo(() => {
    if (!entry) return null;
    const x = entry.exhibit;
    const footer = `${t('sources')}: ${x.sources.map((f) => sources[f].title).join(' · ')}`;
    return paintPanel(pick(x.name, lang), pick(x.caption, lang), footer);
  }, [entry, lang, t]);
  const closeLabel = useLabel(`× ${t('close')}`, PLATE_HEIGHT_M, CLOSE_LOOK);
  const langLabel = useLabel(other.label, PLATE_HEIGHT_M, CLOSE_LOOK);
  useEffect(() => () => panel?.texture.dispose(), [panel]);
  if (vr !== 'presenting' || !entry || !panel || !closeLabel || !langLabel) return null;

  // Placed once per opening from where the visitor stands: it does not follow the head.
  const [hx, , hz] = hotspotPosition(entry.exhibit);
  const dx = hx - pose.xM;
  const dz = hz - pose.zM;
  const d = Math.hypot(dx, dz) || 1;
  const reach = Math.min(FROM_VISITOR_M, d * 0.7);
  const position: [number, number, number] = [pose.xM + (dx / d) * reach, READING_HEIGHT_M, pose.zM + (dz / d) * reach];
  const yaw = Math.atan2(-dx, -dz);
  const heightM = PANEL_WIDTH_M / panel.aspect;
  const plateYM = -heightM / 2 - PLATE_HEIGHT_M;
  return (
    <group position={position} rotation={[0, yaw, 0]} name="caption-panel">
      <mesh geometry={markerGeometry} scale={[PANEL_WIDTH_M, heightM, 1]} renderOrder={ON_TOP}>
        <meshBasicMaterial map={panel.texture} transparent depthTest={false} toneMapped={false} />
      </mesh>
      <PanelPlate name="caption-panel-close" label={closeLabel} xM={-(langLabel.widthM + PLATE_GAP_M) / 2} yM={plateYM} onSelect={close} />
      <PanelPlate name="caption-panel-language" label={langLabel} xM={(closeLabel.widthM + PLATE_GAP_M) / 2} yM={plateYM} onSelect={() => setLang(other.lang)} />
    </group>
  );
}
