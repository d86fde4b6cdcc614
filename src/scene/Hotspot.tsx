// A dot on a documented object. It grows and names the object under the pointer (or when its entry in the list
// has focus); clicking it opens the caption.
import { useRef } from 'react';
import { Billboard } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import type { Group, Vector3Tuple } from 'three';
import { hotspotLook } from './hotspotLook';
import { HotspotLabel } from './HotspotLabel';
import { useDistanceScale } from './useDistanceScale';
import { hoverCursor } from './hoverCursor';

const DOT_DIAMETER_M = 0.16;
const TRUE_SIZE: Vector3Tuple = [1, 1, 1];
const HIGHLIGHTED_SIZE: Vector3Tuple = [1.5, 1.5, 1.5];
/** Beyond this distance a dot grows with distance, so it stays findable across the garden. */
const TRUE_SIZE_WITHIN_M = 3;
const RENDER_ORDER_ON_TOP = 10;

interface HotspotProps {
  id: string;
  name: string;
  position: [number, number, number];
  highlighted: boolean;
  onOpen: (id: string) => void;
  onHighlight: (id: string | null) => void;
}

export function Hotspot({ id, name, position, highlighted, onOpen, onHighlight }: HotspotProps) {
  const look = hotspotLook();
  const group = useRef<Group>(null);
  useDistanceScale(group, TRUE_SIZE_WITHIN_M, highlighted ? HIGHLIGHTED_SIZE : TRUE_SIZE);
  return (
    <group ref={group} position={position} name={`hotspot-${id}`} userData={{ exhibitId: id }}>
      <Billboard>
        <mesh
          geometry={look.geometry}
          material={highlighted ? look.highlighted : look.normal}
          scale={DOT_DIAMETER_M}
          renderOrder={RENDER_ORDER_ON_TOP}
          onClick={(e: ThreeEvent<MouseEvent>) => {
            e.stopPropagation();
            onOpen(id);
          }}
          {...hoverCursor((hovered) => onHighlight(hovered ? id : null))}
        />
        {highlighted && <HotspotLabel text={name} />}
      </Billboard>
    </group>
  );
}
