// A dot on a documented object. It grows and names the object under the pointer (or when its entry in the list
// has focus); clicking it opens the caption.
import { useRef } from 'react';
import { Billboard } from '@react-three/drei';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import { hotspotLook } from './hotspotLook';
import { HotspotLabel } from './HotspotLabel';

const DOT_DIAMETER_M = 0.16;
const HIGHLIGHT_SCALE = 1.5;
/** Where the eye is in the world (in a headset the camera sits inside the XR origin); reused every frame. */
const eye = new Vector3();
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
  useFrame(({ camera }) => {
    const g = group.current;
    if (!g) return;
    const k = Math.max(1, camera.getWorldPosition(eye).distanceTo(g.position) / TRUE_SIZE_WITHIN_M) * (highlighted ? HIGHLIGHT_SCALE : 1);
    g.scale.setScalar(k);
  });
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
          onPointerOver={(e: ThreeEvent<PointerEvent>) => {
            e.stopPropagation();
            onHighlight(id);
            document.body.style.cursor = 'pointer';
          }}
          onPointerOut={() => {
            onHighlight(null);
            document.body.style.cursor = '';
          }}
        />
        {highlighted && <HotspotLabel text={name} />}
      </Billboard>
    </group>
  );
}
