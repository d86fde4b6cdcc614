// Mexico City daylight: a warm sun high in the south-west, blue sky above and warm ground bounce below.
import { Sky } from '@react-three/drei';

const SUN_DIRECTION: [number, number, number] = [-0.45, 0.8, 0.4];

export function Daylight() {
  return (
    <>
      <Sky sunPosition={SUN_DIRECTION} turbidity={4} rayleigh={0.8} mieCoefficient={0.004} mieDirectionalG={0.8} />
      <hemisphereLight args={['#dfeeff', '#a68b6b', 1.35]} />
      <directionalLight position={SUN_DIRECTION} intensity={1.6} color="#fff3df" />
      <ambientLight intensity={0.35} />
    </>
  );
}
