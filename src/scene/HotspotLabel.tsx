// The name of the highlighted object, on a plate just above its dot.
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { createLabel } from './labels/labelTexture';
import { markerGeometry } from './markerParts';

const LABEL_HEIGHT_M = 0.09;
const ABOVE_DOT_M = 0.14;
const LOOK = { plate: 'rgba(35,31,27,0.88)', ink: '#fbf6ea' };

export function HotspotLabel({ text }: { text: string }) {
  const invalidate = useThree((s) => s.invalidate);
  const label = useMemo(() => createLabel(text, LABEL_HEIGHT_M, LOOK), [text]);
  useEffect(() => {
    invalidate();
    return () => label.texture.dispose();
  }, [label, invalidate]);
  return (
    <mesh geometry={markerGeometry} position={[0, ABOVE_DOT_M, 0]} scale={[label.widthM, label.heightM, 1]} renderOrder={11}>
      <meshBasicMaterial map={label.texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  );
}
