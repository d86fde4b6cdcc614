// A sign over a doorway, facing into the current room: "→ Kitchen". Clicking it glides the visitor
// through. It lights up under the pointer.
import { useRef, useState } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { Vector3, type Mesh } from 'three';
import type { RoomId } from '../../rooms/schema';
import { useLabel } from './labels/useLabel';
import { markerGeometry } from './markerParts';

const PLATE_HEIGHT_M = 0.28;
/** Beyond this distance a sign grows with distance, so it stays readable from across the garden. */
/** Where the eye is in the world (in a headset the camera sits inside the XR origin); reused every frame. */
const eye = new Vector3();
const TRUE_SIZE_WITHIN_M = 5;
const LOOK = { plate: 'rgba(35,31,27,0.85)', ink: '#fbf6ea' };
const LOOK_HOVER = { plate: '#f2c14e', ink: '#231f1b' };

interface DoorwayMarkerProps {
  to: RoomId;
  label: string;
  position: [number, number, number];
  /** Rotation about the vertical axis so the sign faces the visitor's side of the doorway. */
  yawRad: number;
  onGo: (to: RoomId) => void;
}

export function DoorwayMarker({ to, label, position, yawRad, onGo }: DoorwayMarkerProps) {
  const [hovered, setHovered] = useState(false);
  const normal = useLabel(`→ ${label}`, PLATE_HEIGHT_M, LOOK);
  const hover = useLabel(`→ ${label}`, PLATE_HEIGHT_M, LOOK_HOVER);

  // The lit plate only once it is painted; no sign at all before its words are.
  const shown = (hovered && hover) || normal;
  const mesh = useRef<Mesh>(null);
  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m || !shown) return;
    const k = Math.max(1, camera.getWorldPosition(eye).distanceTo(m.position) / TRUE_SIZE_WITHIN_M);
    m.scale.set(shown.widthM * k, shown.heightM * k, 1);
  });
  if (!shown) return null;
  return (
    <mesh
      ref={mesh}
      name={`doorway-marker-${to}`}
      userData={{ doorwayTo: to }}
      position={position}
      rotation={[0, yawRad, 0]}
      scale={[shown.widthM, shown.heightM, 1]}
      geometry={markerGeometry}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        onGo(to);
      }}
      onPointerOver={(e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation();
        setHovered(true);
        document.body.style.cursor = 'pointer';
      }}
      onPointerOut={() => {
        setHovered(false);
        document.body.style.cursor = '';
      }}
    >
      <meshBasicMaterial map={shown.texture} transparent toneMapped={false} />
    </mesh>
  );
}
