// Choosing a room on the model: the room under the pointer is the one whose floor the pointer's ray meets, wherever
// the ray first touches the house (a wall's top, a bed), and it is tinted; a click flies into it. The ray is caught
// by a plane above everything on the site that is never drawn (its material is not visible: no draw call), so the
// hotspots and doorway signs hidden underneath it, the objects and the floors' own click (walking) never get it.
import { useEffect, useMemo, useRef } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { MeshBasicMaterial, Plane, Vector3, type Mesh } from 'three';
import type { House } from '../../../rooms/validate';
import type { Point, RoomId } from '../../../rooms/schema';
import { roomAt } from '../../plan/walkable';
import { tourStore } from '../../state/tourStore';
import { markerGeometry } from '../markerParts';
import { endedADrag } from '../endedADrag';
import { overviewLook } from './overviewLook';

/** How far beyond the site the catching plane reaches: a ray at 35° down meets it this far from the floor point. */
const PICK_MARGIN_M = 30;
/** Above the highest wall, clear of the watchtowers on the roofs. */
const PICK_ABOVE_TOP_M = 4;
/** The tint lies just over the floors (indoor floors at 0, the lawn just under). */
const TINT_LIFT_M = 0.03;

const FLOOR = new Plane(new Vector3(0, 1, 0), 0);
const hit = new Vector3();
const at: Point = { xM: 0, zM: 0 };

export function RoomPicker({ house, topM, active }: { house: House; topM: number; active: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const tint = useRef<Mesh>(null);
  const hovered = useRef<RoomId | null>(null);
  const catcher = useMemo(() => new MeshBasicMaterial({ visible: false }), []);
  useEffect(() => () => catcher.dispose(), [catcher]);
  const site = house.outdoor.footprint;

  const roomUnder = (e: ThreeEvent<PointerEvent | MouseEvent>): RoomId | null => {
    if (!e.ray.intersectPlane(FLOOR, hit)) return null;
    at.xM = hit.x;
    at.zM = hit.z;
    return roomAt(house, at);
  };
  const hover = (id: RoomId | null) => {
    if (id === hovered.current) return;
    hovered.current = id;
    document.body.style.cursor = id ? 'pointer' : '';
    const mesh = tint.current;
    if (mesh) {
      mesh.visible = id !== null;
      if (id) {
        const f = house.rooms[id].footprint;
        mesh.position.set(f.xM + f.widthM / 2, TINT_LIFT_M, f.zM + f.depthM / 2);
        mesh.scale.set(f.widthM, f.depthM, 1);
      }
    }
    invalidate();
  };
  // The cursor is the page's again once the overview has gone.
  useEffect(() => () => void (document.body.style.cursor = ''), []);
  useEffect(() => {
    if (!active) hover(null);
  }, [active]);

  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    hover(active ? roomUnder(e) : null);
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (!active || endedADrag(e)) return;
    const id = roomUnder(e);
    if (id) tourStore.getState().flyIntoRoom(id);
  };

  return (
    <>
      <mesh
        name="overview-picker"
        geometry={markerGeometry}
        material={catcher}
        position={[site.xM + site.widthM / 2, topM + PICK_ABOVE_TOP_M, site.zM + site.depthM / 2]}
        rotation={[-Math.PI / 2, 0, 0]}
        scale={[site.widthM + 2 * PICK_MARGIN_M, site.depthM + 2 * PICK_MARGIN_M, 1]}
        onPointerOver={onMove}
        onPointerMove={onMove}
        onPointerOut={() => hover(null)}
        onClick={onClick}
      />
      <mesh ref={tint} name="overview-hover" geometry={markerGeometry} material={overviewLook().tint} rotation={[-Math.PI / 2, 0, 0]} visible={false} />
    </>
  );
}
