// An invisible floor over the whole site for the teleport ray: releasing on it moves the visitor there, if a
// visitor may stand there (walls and furniture refuse). The store decides the room.
import { TeleportTarget } from '@react-three/xr';
import { useTour } from '../state/tourStore';

const FLOOR_LIFT_M = 0.005;

export function TeleportFloor() {
  const site = useTour((s) => s.house.outdoor.footprint);
  const teleportTo = useTour((s) => s.teleportTo);
  return (
    // The library offers a point corrected for an unturned origin; the hit point itself is where the visitor aimed,
    // and the origin is placed around it (see VisitorOrigin).
    <TeleportTarget onTeleport={(_, event) => teleportTo({ xM: event.point.x, zM: event.point.z })}>
      <mesh
        name="teleport-floor"
        position={[site.xM + site.widthM / 2, FLOOR_LIFT_M, site.zM + site.depthM / 2]}
        rotation={[-Math.PI / 2, 0, 0]}
      >
        <planeGeometry args={[site.widthM, site.depthM]} />
        <meshBasicMaterial visible={false} />
      </mesh>
    </TeleportTarget>
  );
}
