// The raid's lines of fire, in an era whose exhibits carry them (the night of 24 May 1940): every line at once, or
// only those a guided tour's stop shows (one door at a time). Fetched with the first era that has any.
import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshBasicMaterial } from 'three';
import { useThree } from '@react-three/fiber';
import { useTour } from '../../state/tourStore';
import { linesOfFireGeometry } from './linesOfFireGeometry';

/** Unlit and untouched by tone mapping: the lines are a reconstruction drawn over the room, legible by night. One
 *  for the page's life, never disposed: disposing it let its shader go, and coming back to the night compiled it
 *  again (330 ms in the bench's second visit to the night, against 20–50 ms for a change of era otherwise). */
const material = new MeshBasicMaterial({
  color: '#e8553a',
  vertexColors: true,
  transparent: true,
  opacity: 0.55,
  depthWrite: false,
  side: DoubleSide,
  toneMapped: false,
});

export default function LinesOfFire() {
  const exhibits = useTour((s) => s.house.exhibits);
  const only = useTour((s) => s.guided?.fire ?? null);
  const geometry = useMemo(() => {
    const shown = Object.values(exhibits)
      .map((e) => e.exhibit)
      .filter((x) => !only || only.includes(x.id));
    return linesOfFireGeometry(shown);
  }, [exhibits, only]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [geometry, invalidate]);
  if (!geometry) return null;
  // Not a target: a click goes through the lines to the hotspot or the floor behind them.
  // dispose={null}: the geometry is this component's to dispose (above), and the material the page's.
  return <mesh name="lines-of-fire" geometry={geometry} material={material} renderOrder={2} raycast={() => null} dispose={null} />;
}
