// Each room's name on the model, on a plate facing the camera over the room's floor, drawn over the walls. The
// plates keep one size on screen (about 30 px tall, text about 15 px) however far the camera stands. Turned and
// sized here rather than in drei's Billboard, which allocates every frame.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Group, type Mesh } from 'three';
import type { House } from '../../../rooms/validate';
import type { RoomId } from '../../../rooms/schema';
import { useTour } from '../../state/tourStore';
import { pick } from '../../i18n';
import { useLabel } from '../labels/useLabel';
import { markerGeometry } from '../markerParts';
import type { LabelPlace } from './labelPlaces';

/** Painted twice the size it is shown at, for a sharp plate on a screen of two device pixels per CSS pixel. */
const PAINT_HEIGHT_M = 0.125;
const PLATE_PX = 30;
const LOOK = { plate: 'rgba(35,31,27,0.86)', ink: '#fbf6ea' };
const RENDER_ORDER_ON_TOP = 15;
const DEG = Math.PI / 180;

const eye = new Vector3();

function RoomLabel({ id, name, place }: { id: RoomId; name: string; place: LabelPlace }) {
  const label = useLabel(name, PAINT_HEIGHT_M, LOOK);
  const group = useRef<Group>(null);
  const mesh = useRef<Mesh>(null);
  useFrame(({ camera, size }) => {
    const g = group.current;
    const m = mesh.current;
    if (!g || !m || !label) return;
    // World metres per screen pixel at the label's distance.
    const fovDeg = 'fov' in camera ? (camera.fov as number) : 40;
    const mPerPx = (2 * camera.getWorldPosition(eye).distanceTo(g.position) * Math.tan((fovDeg * DEG) / 2)) / size.height;
    const heightM = PLATE_PX * mPerPx;
    m.scale.set((heightM * label.widthM) / label.heightM, heightM, 1);
    // Facing the camera: the overview's groups stand at the world's origin, unturned, and so does the camera's parent.
    g.quaternion.copy(camera.quaternion);
  });
  return (
    <group ref={group} name={`overview-label-${id}`} userData={{ roomId: id, text: name }} position={[place.xM, place.yM, place.zM]}>
      {label && (
        <mesh ref={mesh} geometry={markerGeometry} renderOrder={RENDER_ORDER_ON_TOP}>
          <meshBasicMaterial map={label.texture} transparent depthTest={false} toneMapped={false} />
        </mesh>
      )}
    </group>
  );
}

export function RoomLabels({ house, places, visible }: { house: House; places: ReadonlyMap<RoomId, LabelPlace>; visible: boolean }) {
  const lang = useTour((s) => s.lang);
  return (
    <group name="overview-labels" visible={visible}>
      {house.order.map((id) => (
        <RoomLabel key={id} id={id} name={pick(house.rooms[id].name, lang)} place={places.get(id)!} />
      ))}
    </group>
  );
}
