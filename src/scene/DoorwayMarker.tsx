// A sign over a doorway, facing into the current room: "→ Kitchen". Clicking it glides the visitor
// through. It lights up under the pointer.
import { useRef, useState } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { Mesh } from 'three';
import type { RoomId } from '../../rooms/schema';
import { useLabel } from './labels/useLabel';
import { markerGeometry } from './markerParts';
import { useDistanceScale } from './useDistanceScale';
import { hoverCursor } from './hoverCursor';

const PLATE_HEIGHT_M = 0.28;
/** Beyond this distance a sign grows with distance, so it stays readable from across the garden. */
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
  // Nothing to scale until the words are painted (no mesh). The plate is flat: its depth changes nothing on screen
  // or for a ray.
  useDistanceScale(mesh, TRUE_SIZE_WITHIN_M, [shown?.widthM ?? 1, shown?.heightM ?? 1, 1]);
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
      {...hoverCursor(setHovered)}
    >
      <meshBasicMaterial map={shown.texture} transparent toneMapped={false} />
    </mesh>
  );
}
