// The name of the highlighted object, on a plate just above its dot.
import { useLabel } from './labels/useLabel';
import { markerGeometry } from './markerParts';

const LABEL_HEIGHT_M = 0.09;
const ABOVE_DOT_M = 0.14;
const LOOK = { plate: 'rgba(35,31,27,0.88)', ink: '#fbf6ea' };

export function HotspotLabel({ text }: { text: string }) {
  const label = useLabel(text, LABEL_HEIGHT_M, LOOK);
  if (!label) return null;
  return (
    <mesh geometry={markerGeometry} position={[0, ABOVE_DOT_M, 0]} scale={[label.widthM, label.heightM, 1]} renderOrder={11}>
      <meshBasicMaterial map={label.texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  );
}
