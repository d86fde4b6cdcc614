// Each room's name on the model, on a plate over the room's floor facing the camera, drawn over the walls; placed
// and sized on screen by labelLayout.ts.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Group, type Mesh, type PerspectiveCamera } from 'three';
import type { House } from '../../../rooms/validate';
import type { RoomId } from '../../../rooms/schema';
import { tourStore, useTour } from '../../state/tourStore';
import { useLabel } from '../labels/useLabel';
import { markerGeometry } from '../markerParts';
import { LABEL_PX_PER_M } from '../labels/paintPlate';
import type { LabelPlace } from './labelPlaces';
import { layOutLabels, PLATE_PX, type LabelEntry } from './labelLayout';

/** Painted at twice the size it is shown at, for a sharp plate on a screen of two device pixels per CSS pixel. */
const PAINT_HEIGHT_M = (2 * PLATE_PX) / LABEL_PX_PER_M;
const LOOK = { plate: 'rgba(35,31,27,0.86)', ink: '#fbf6ea' };
const RENDER_ORDER_ON_TOP = 15;

const visitor = new Vector3();

function RoomLabel({ id, name, entry }: { id: RoomId; name: string; entry: LabelEntry }) {
  const label = useLabel(name, PAINT_HEIGHT_M, LOOK);
  const group = useRef<Group>(null);
  const mesh = useRef<Mesh>(null);
  useEffect(() => {
    entry.group = group.current!;
    entry.mesh = label ? mesh.current : null;
    entry.aspect = label ? label.widthM / label.heightM : 1;
  }, [entry, label]);
  return (
    <group ref={group} name={`overview-label-${id}`} userData={{ roomId: id, text: name }}>
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
  const entries = useMemo(
    () => new Map(house.order.map((id): [RoomId, LabelEntry] => [id, { group: null!, mesh: null, aspect: 1, place: places.get(id)! }])),
    [house, places],
  );
  // Widest first (sorted in place: nine plates, no allocation).
  const order = useMemo(() => [...entries.values()], [entries]);
  useFrame(({ camera, size }) => {
    if (!visible) return;
    order.sort((a, b) => (b.mesh ? b.aspect : 0) - (a.mesh ? a.aspect : 0));
    const { pose } = tourStore.getState();
    layOutLabels(order, camera as PerspectiveCamera, size.width, size.height, visitor.set(pose.xM, 0, pose.zM));
  });
  return (
    <group name="overview-labels" visible={visible}>
      {house.order.map((id) => (
        // The name read directly rather than through i18n's pick: importing i18n from this lazily loaded code made the
        // bundler split i18next into a chunk of its own, 0.56 KB gzip more JavaScript before the first frame.
        <RoomLabel key={id} id={id} name={house.rooms[id].name[lang]} entry={entries.get(id)!} />
      ))}
    </group>
  );
}
