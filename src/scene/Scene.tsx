// The 3D view: the whole house, lit by day, seen from the visitor's eyes. Frames are drawn on demand, when
// something moves, so an idle tour costs nothing.
import { Suspense } from 'react';
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
import { ProgressReporter } from './ProgressReporter';
import { CAMERA } from './cameraSettings';
import { AdaptiveResolution } from './AdaptiveResolution';


export default function Scene() {
  const house = useTour((s) => s.house);
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={CAMERA}
      gl={{ antialias: true }}
      style={{ touchAction: 'none' }}
    >
      <ProgressReporter />
      <AdaptiveResolution />
      <Daylight />
      <HouseModel house={house} />
      <ExhibitModels house={house} />
      <Hotspots />
      <CameraRig />
      <KeyboardWalk />
      <DragLook />
      <GlideAnimator />
      <Suspense fallback={null}>
        <DoorwayMarkers />
        <FirstFrameSignal />
      </Suspense>
    </Canvas>
  );
}
