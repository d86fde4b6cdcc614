// Where the visitor stands and which way they look, on the floor of the model: an arrow on a pale disc, drawn over
// the walls. It follows the store's pose when it changes, not every frame.
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferGeometry, CircleGeometry, Float32BufferAttribute, type Group } from 'three';
import { tourStore } from '../../state/tourStore';
import { overviewLook } from './overviewLook';

const DEG = Math.PI / 180;
/** Large enough to find at a glance from 60 m away: about 45 px across on a 900 × 800 canvas (at 1.6, 60 px
 *  outweighed the names around it). */
const MARKER_SCALE = 1.2;
const FLOOR_LIFT_M = 0.05;
const RENDER_ORDER_ON_TOP = 20;

let parts: { arrow: BufferGeometry; disc: CircleGeometry } | null = null;

/** An arrowhead pointing north (−z) with a notch at its back, flat and facing up; and the disc under it. */
function markerParts() {
  if (parts) return parts;
  const tip = [0, 0, -0.95];
  const left = [-0.55, 0, 0.5];
  const notch = [0, 0, 0.18];
  const right = [0.55, 0, 0.5];
  const arrow = new BufferGeometry();
  // Counter-clockwise seen from above, so the faces look up.
  arrow.setAttribute('position', new Float32BufferAttribute([...tip, ...left, ...notch, ...tip, ...notch, ...right], 3));
  arrow.setAttribute('uv', new Float32BufferAttribute(new Array(12).fill(0.5), 2));
  // Unlit, but with normals like every other plate: without them the GPU builds a program for this mesh alone.
  arrow.setAttribute('normal', new Float32BufferAttribute([0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0], 3));
  const disc = new CircleGeometry(1.05, 24);
  disc.rotateX(-Math.PI / 2);
  parts = { arrow, disc };
  return parts;
}

export function VisitorMarker() {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  const { arrow, disc } = markerParts();
  const look = overviewLook();
  useEffect(() => {
    const follow = () => {
      const g = group.current;
      if (!g) return;
      const { pose } = tourStore.getState();
      g.position.set(pose.xM, FLOOR_LIFT_M, pose.zM);
      // Heading turns clockwise from north; three's yaw turns counter-clockwise.
      g.rotation.set(0, -pose.headingDeg * DEG, 0);
      invalidate();
    };
    follow();
    return tourStore.subscribe((s, prev) => s.pose !== prev.pose && follow());
  }, [invalidate]);
  return (
    <group ref={group} name="overview-visitor" scale={MARKER_SCALE}>
      <mesh geometry={disc} material={look.halo} renderOrder={RENDER_ORDER_ON_TOP} />
      <mesh geometry={arrow} material={look.visitor} renderOrder={RENDER_ORDER_ON_TOP + 1} />
    </group>
  );
}
