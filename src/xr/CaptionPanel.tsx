// In the headset, an open caption is a panel standing in the room beside its object, turned towards the visitor,
// at reading height and arm's length (aside, when a guided tour's panel stands there); plates under it close it and
// switch the language.
import { useEffect, useMemo } from 'react';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { sources } from '../../rooms/sources';
import { hotspotPosition } from '../scene/hotspotPosition';
import { useLabel } from '../scene/labels/useLabel';
import { markerGeometry } from '../scene/markerParts';
import { paintPanel } from './panelTexture';
import { PanelPlate } from './PanelPlate';
import { PANEL_ON_TOP, PLATE_GAP_M, PLATE_HEIGHT_M, PLATE_LOOK, READING_HEIGHT_M } from './panelLook';
import { CAPTION_PANEL_WIDTH_M, captionPlacement } from './panelPlacement';
import { useTourPanelPlacement } from './useTourPanelPlacement';
import { useCaption } from '../content/captions';

/** Each language's plate names the other one, in its own words, as the page's switch does. */
const OTHER_LANGUAGE = { en: { lang: 'es', label: 'Español' }, es: { lang: 'en', label: 'English' } } as const;

/** Nothing is painted outside a session: the XR code stays loaded after one, and captions open on the screen too.
 *  Within one its plates are ready before a caption opens. */
export function CaptionPanel() {
  const presenting = useTour((s) => s.vr === 'presenting');
  return presenting ? <CaptionPanelInRoom /> : null;
}

function CaptionPanelInRoom() {
  const { t } = useTranslation();
  const entry = useTour((s) => (s.exhibitId ? s.house.exhibits[s.exhibitId] : null));
  const lang = useTour((s) => s.lang);
  const pose = useTour((s) => s.pose);
  const close = useTour((s) => s.closeExhibit);
  const setLang = useTour((s) => s.setLang);
  const tourPanel = useTourPanelPlacement();
  const caption = useCaption(entry?.exhibit);
  const other = OTHER_LANGUAGE[lang];
  const panel = useMemo(() => {
    if (!entry || !caption) return null;
    const x = entry.exhibit;
    const footer = `${t('sources')}: ${x.sources.map((f) => sources[f].title).join(' · ')}`;
    return paintPanel({ title: pick(x.name, lang), body: pick(caption, lang), footer });
  }, [entry, caption, lang, t]);
  const closeLabel = useLabel(`× ${t('close')}`, PLATE_HEIGHT_M, PLATE_LOOK);
  const langLabel = useLabel(other.label, PLATE_HEIGHT_M, PLATE_LOOK);
  useEffect(() => () => panel?.texture.dispose(), [panel]);
  if (!entry || !panel || !closeLabel || !langLabel) return null;

  // Placed once per opening from where the visitor stands: it does not follow the head.
  const [hx, , hz] = hotspotPosition(entry.exhibit);
  const at = captionPlacement(pose, { xM: hx, zM: hz }, tourPanel);
  const heightM = CAPTION_PANEL_WIDTH_M / panel.aspect;
  const plateYM = -heightM / 2 - PLATE_HEIGHT_M;
  return (
    <group position={[at.xM, READING_HEIGHT_M, at.zM]} rotation={[0, at.yawRad, 0]} name="caption-panel">
      <mesh geometry={markerGeometry} scale={[CAPTION_PANEL_WIDTH_M, heightM, 1]} renderOrder={PANEL_ON_TOP}>
        <meshBasicMaterial map={panel.texture} transparent depthTest={false} toneMapped={false} />
      </mesh>
      <PanelPlate name="caption-panel-close" label={closeLabel} xM={-(langLabel.widthM + PLATE_GAP_M) / 2} yM={plateYM} onSelect={close} />
      <PanelPlate name="caption-panel-language" label={langLabel} xM={(closeLabel.widthM + PLATE_GAP_M) / 2} yM={plateYM} onSelect={() => setLang(other.lang)} />
    </group>
  );
}
