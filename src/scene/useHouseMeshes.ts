// The merged meshes of the house the store holds now. The first house's come from the start-up path (suspending
// until they are built); a later house (another era's) is built once, off to the side, while the scene keeps
// drawing the meshes it has, so changing era never blanks the view.
import { useEffect, useRef, useState } from 'react';
import type { House } from '../../rooms/validate';
import type { HouseMeshData } from './prepare/houseMeshData';
import { useStartupMeshes } from '../startup/meshes/useStartupMeshes';
import { houseMeshes } from '../startup/meshes/houseMeshes';

export function useHouseMeshes(house: House): HouseMeshData {
  const first = useRef(house).current;
  const startup = useStartupMeshes(first);
  const [shown, setShown] = useState<{ house: House; meshes: HouseMeshData }>({ house: first, meshes: startup });
  useEffect(() => {
    if (house === shown.house) return;
    let live = true;
    void houseMeshes(house).then((meshes) => live && setShown({ house, meshes }));
    return () => {
      live = false;
    };
  }, [house, shown.house]);
  return shown.meshes;
}
