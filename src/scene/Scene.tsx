// The 3D view: the whole house, lit by day, seen from the visitor's eyes. Frames are drawn on demand, when
// something moves, so an idle tour costs nothing. How it starts fast (the renderer, the GPU's preparation, the
// first frame) is the start-up gate's: src/startup/.
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Canvas } from '@react-three/fiber';
import { PCFShadowMap } from 'three';
import { useTour } from '../state/tourStore';
import { HouseModel } from './HouseModel';
import { DoorwayMarkers } from './DoorwayMarkers';
import { ExhibitModels } from './exhibits/ExhibitModels';
import { Hotspots } from './Hotspots';
import { Daylight } from './Daylight';
import { CameraRig } from './CameraRig';
import { KeyboardWalk } from './movement/KeyboardWalk';
import { DragLook } from './movement/DragLook';
import { GlideAnimator } from './movement/GlideAnimator';
import { CAMERA } from './cameraSettings';
import { AdaptiveResolution } from './AdaptiveResolution';
import { RecoveringNotice } from './ContextLossGuard';
import { loadXR } from '../xrSupport';
import { StartupGate } from '../startup/StartupGate';
import { useGatedCanvas } from '../startup/useGatedCanvas';
import { useHouseMeshes } from './useHouseMeshes';
import { AfterFirstFrame } from './AfterFirstFrame';

/** Device pixels per CSS pixel: at least 1, at most 2 (AdaptiveResolution lowers it while frames are slow). */
const DPR_RANGE: [number, number] = [1, 2];

/**
 * Multisampling where screen pixels are coarse. On a dense phone screen (1.5+ device pixels per CSS pixel) edges
 * are fine already, and a multisampled buffer at that size costs the phone's GPU most: it made creating and
 * sizing the view 2–3 times slower here.
 */
const wantsAntialias = () => (window.devicePixelRatio || 1) < 1.5;

/** Soft sun shadows (PCF, five taps a pixel), drawn once and again only when a caster changes (light/shadowRefresh.ts). */
const SHADOWS = { enabled: true, type: PCFShadowMap, autoUpdate: false };

/** The view from above, fetched the first time it opens. */
const OverviewScene = lazy(() => import('./overview/OverviewScene'));

/** Mounted while the overview is open and until its flight down has landed (it says when). */
function Overview() {
  const open = useTour((s) => s.overview);
  const [mounted, setMounted] = useState(false);
  if (open && !mounted) setMounted(true);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <OverviewScene onLanded={() => setMounted(false)} />
    </Suspense>
  );
}

/** Walking and looking are the visitor's eyes'; in the overview dragging turns the view from above instead. */
function WalkControls() {
  const overview = useTour((s) => s.overview);
  if (overview) return null;
  return (
    <>
      <KeyboardWalk />
      <DragLook />
    </>
  );
}

/** The raid's lines of fire, fetched with the first era whose house has any. */
const LinesOfFire = lazy(() => import('./raid/LinesOfFire'));

function RaidLines() {
  const shown = useTour((s) => s.house).exhibits;
  const any = useMemo(() => Object.values(shown).some((e) => e.exhibit.linesOfFire), [shown]);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <LinesOfFire />
    </Suspense>
  );
}

/** The headset's side of the scene, fetched only once a visitor asks for VR. */
const XRRoot = lazy(loadXR);

/** Wraps the scene in the XR session once VR has been asked for; until then, adds nothing. */
function MaybeXR({ children }: { children: ReactNode }) {
  const vr = useTour((s) => s.vr);
  if (vr === 'off') return <>{children}</>;
  return (
    <Suspense fallback={children}>
      <XRRoot>{children}</XRRoot>
    </Suspense>
  );
}

export default function Scene() {
  const house = useTour((s) => s.house);
  const meshes = useHouseMeshes(house);
  // A headset draws every frame itself; on a screen, frames are drawn only when something changes.
  const presenting = useTour((s) => s.vr === 'presenting');
  // The Canvas' pixel ratio: the range at first, then what AdaptiveResolution chooses.
  const [dpr, setDpr] = useState<number | [number, number]>(DPR_RANGE);
  const canvas = useGatedCanvas({ antialias: wantsAntialias(), dpr: DPR_RANGE });
  return (
    <>
      <Canvas
        key={canvas.key}
        frameloop={presenting ? 'always' : canvas.frameloop}
        dpr={dpr}
        shadows={SHADOWS}
        camera={CAMERA}
        gl={canvas.gl}
        style={{ touchAction: 'none' }}
      >
        <AdaptiveResolution onDpr={setDpr} />
        <Daylight />
        <MaybeXR>
          <StartupGate canvas={canvas}>
            <HouseModel meshes={meshes} />
            <ExhibitModels meshes={meshes} />
            <Hotspots />
            <CameraRig />
            <WalkControls />
            <GlideAnimator />
            <DoorwayMarkers />
            <RaidLines />
            <AfterFirstFrame />
            <Overview />
          </StartupGate>
        </MaybeXR>
      </Canvas>
      <RecoveringNotice lost={canvas.lost} />
    </>
  );
}
