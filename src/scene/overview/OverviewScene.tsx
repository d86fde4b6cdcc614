// The overview ("dollhouse"): the whole compound from above with its roofs and ceilings cut away, each room named
// on the model, the visitor shown where they stand; a room clicked flies the visitor into it. Fetched the first
// time the overview opens (Scene.tsx), mounted while it is open and until the flight down has landed.
import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import { useTour } from '../../state/tourStore';
import { cutAway } from './cutAway';
import { useOverviewCamera, siteTopM } from './useOverviewCamera';
import { RoomPicker } from './RoomPicker';
import { RoomLabels } from './RoomLabels';
import { VisitorMarker } from './VisitorMarker';
import { labelPlaces } from './labelPlaces';

/** The view's scene and renderer, for the browser tests (their labels, their draw calls) and the console. */
function useExposeView() {
  const { scene, gl, invalidate, camera } = useThree();
  useEffect(() => {
    const handle = (window as unknown as { casaTrotsky?: object }).casaTrotsky;
    if (handle) Object.assign(handle, { view: { scene, gl, invalidate, camera } });
  }, [scene, gl, invalidate, camera]);
}

export default function OverviewScene({ onLanded }: { onLanded: () => void }) {
  const house = useTour((s) => s.house);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const phase = useOverviewCamera(house, onLanded);
  const topM = useMemo(() => siteTopM(house), [house]);
  const places = useMemo(() => labelPlaces(house), [house]);
  const group = useRef<Group>(null);
  useExposeView();
  // Cut away for the overview's whole life, the flight down included: the camera comes down through the open top.
  useEffect(() => {
    const restore = cutAway(scene);
    invalidate();
    return () => {
      restore();
      invalidate();
    };
  }, [scene, invalidate]);
  useEffect(() => {
    if (group.current) group.current.userData.phase = phase;
  }, [phase]);
  return (
    <group ref={group} name="overview">
      <RoomPicker house={house} topM={topM} active={phase !== 'landing'} />
      <RoomLabels house={house} places={places} visible={phase === 'open'} />
      {phase !== 'landing' && <VisitorMarker />}
    </group>
  );
}
