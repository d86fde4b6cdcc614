// The one light that casts shadows: the sun by day, the moon by night. An orthographic shadow camera over the
// whole site (read from the house, not assumed), its map drawn once per change of caster (shadowRefresh.ts).
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Object3D, type DirectionalLight } from 'three';
import { useTour } from '../../state/tourStore';
import { useShadowRefresh, useShadowRefreshOnRestore } from './shadowRefresh';
import './oneTapShadows';

/** 2048² texels over the ≈ 56 m the camera spans: ≈ 2.7 cm a texel, enough for a window's bars to cast (a 4096²
 *  map would be four times the memory, 64 MB, too much for a phone). */
const SHADOW_MAP_PX = 2048;
/** Beyond the site's edge, so trees and roofs over the walls cast onto the garden too. */
const MARGIN_M = 8;
/** How far back along the light's direction its camera stands: above everything on the site. */
const DISTANCE_M = 60;
/** Softness of the shadow's edge, in texels (PCF samples a disc this wide). */
const SOFTNESS_TEXELS = 3;
/** Keeps lit faces from shadowing themselves ("acne"), in world metres along the normal. */
const NORMAL_BIAS_M = 0.03;

export interface KeyLightProps {
  /** Towards the light, not yet normalised. */
  direction: readonly [number, number, number];
  colour: string;
  intensity: number;
}

export function KeyLight({ direction, colour, intensity }: KeyLightProps) {
  const site = useTour((s) => s.house.outdoor.footprint);
  const light = useRef<DirectionalLight>(null);
  const target = useMemo(() => new Object3D(), []);
  const half = Math.max(site.widthM, site.depthM) / 2 + MARGIN_M;
  const cx = site.xM + site.widthM / 2;
  const cz = site.zM + site.depthM / 2;
  const [dx, dy, dz] = direction;
  const length = Math.hypot(dx, dy, dz);
  const position: [number, number, number] = [cx + (dx / length) * DISTANCE_M, (dy / length) * DISTANCE_M, cz + (dz / length) * DISTANCE_M];

  useLayoutEffect(() => {
    const sun = light.current!;
    target.position.set(cx, 0, cz);
    target.updateMatrixWorld();
    sun.target = target;
    const cam = sun.shadow.camera;
    cam.left = cam.bottom = -half;
    cam.right = cam.top = half;
    cam.near = 1;
    cam.far = DISTANCE_M * 2;
    cam.updateProjectionMatrix();
  }, [target, cx, cz, half]);
  // The start-up gate's first frame draws the map again once the whole house is mounted (FirstFrameSignal.tsx).
  useShadowRefresh([dx, dy, dz, cx, cz, half]);
  useShadowRefreshOnRestore();

  return (
    <directionalLight
      ref={light}
      position={position}
      color={colour}
      intensity={intensity}
      castShadow
      shadow-mapSize={[SHADOW_MAP_PX, SHADOW_MAP_PX]}
      shadow-radius={SOFTNESS_TEXELS}
      shadow-normalBias={NORMAL_BIAS_M}
      shadow-bias={-0.0004}
    />
  );
}
