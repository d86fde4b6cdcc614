// The 3D view: the whole house, lit by day, seen from the visitor's eyes. Frames are drawn on demand, when
// something moves, so an idle tour costs nothing.
import { lazy, Suspense, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { Canvas } from '@react-three/fiber';
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
import { FirstFrameSignal } from './FirstFrameSignal';
import { ShaderWarmup } from './ShaderWarmup';
import { PrecompileShaders } from './PrecompileShaders';
import { MountInSlices } from './MountInSlices';
import { ProgressReporter } from './ProgressReporter';
import { CAMERA } from './cameraSettings';
import { AdaptiveResolution } from './AdaptiveResolution';
import { loadXR } from '../xrSupport';
import { rendererWith } from './createRenderer';
import { ContextLossWatcher, RecoveringNotice, useContextRecovery } from './ContextLossGuard';
import { warmUpGpu } from '../gpuWarmup';
import { houseMeshes } from './prepare/houseMeshes';
import { tourStore } from '../state/tourStore';

/** Device pixels per CSS pixel: at least 1, at most 2 (AdaptiveResolution lowers it while frames are slow). */
const DPR_RANGE: [number, number] = [1, 2];

/**
 * Multisampling where screen pixels are coarse. On a dense phone screen (1.5+ device pixels per CSS pixel) edges
 * are fine already, and a multisampled buffer at that size costs the phone's GPU most: it made creating and
 * sizing the view 2–3 times slower here.
 */
const wantsAntialias = () => (window.devicePixelRatio || 1) < 1.5;

/** The headset's side of the scene, fetched only once a visitor asks for VR. */
const XRRoot = lazy(loadXR);
// The meshes are built in a worker from the moment this code arrives, while the GPU side wakes up.
void houseMeshes(tourStore.getState().house);

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
  // The Canvas asks for its context once the GPU side is awake, so that request does not block the page.
  use(warmUpGpu());
  const house = useTour((s) => s.house);
  const meshes = use(houseMeshes(house));
  // A headset draws every frame itself; on a screen, frames are drawn only when something changes.
  const presenting = useTour((s) => s.vr === 'presenting');
  const recovery = useContextRecovery();
  // A renderer that could not be made is thrown here, where SceneBoundary catches it and tells the tour in text.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  // The Canvas' pixel ratio: the range at first, then what AdaptiveResolution chooses.
  const [dpr, setDpr] = useState<number | [number, number]>(DPR_RANGE);
  const renderer = useMemo(() => rendererWith({ antialias: wantsAntialias(), dpr: DPR_RANGE }, (error) => setFailure({ error })), []);
  // No frame is drawn until the house's shader programs are built (a fresh canvas after a lost context builds again).
  const [compiledCanvas, setCompiledCanvas] = useState<number | null>(null);
  const compiled = compiledCanvas === recovery.canvasKey;
  const onCompiled = useCallback(() => setCompiledCanvas(recovery.canvasKey), [recovery.canvasKey]);
  return (
    <>
    <Canvas
      key={recovery.canvasKey}
      frameloop={presenting ? 'always' : compiled ? 'demand' : 'never'}
      dpr={dpr}
      camera={CAMERA}
      gl={renderer}
      style={{ touchAction: 'none' }}
    >
      <ContextLossWatcher onLostChange={recovery.onLostChange} />
      <ProgressReporter />
      <AdaptiveResolution onDpr={setDpr} />
      <Daylight />
      <MaybeXR>
        <MountInSlices>
        <HouseModel meshes={meshes} />
        <ExhibitModels meshes={meshes} />
        <Hotspots />
        <CameraRig />
        <KeyboardWalk />
        <DragLook />
        <GlideAnimator />
        <Suspense fallback={null}>
          <DoorwayMarkers />
          {compiled ? (
            <>
              <FirstFrameSignal />
              <ShaderWarmup />
            </>
          ) : (
            <PrecompileShaders onCompiled={onCompiled} />
          )}
        </Suspense>
        </MountInSlices>
      </MaybeXR>
    </Canvas>
    <RecoveringNotice lost={recovery.lost} />
    </>
  );
}
