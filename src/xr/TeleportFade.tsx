// A brief blink when the visitor is moved by more than a step (a teleport, a doorway sign, a room chosen from the
// list, a guided tour's stop): the view opens from black, which spares the eyes a jump cut. Snap turns and walking
// do not blink.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import { tourStore } from '../state/tourStore';

const FADE_MS = 300;
/** Moves shorter than this are the head being followed, not a jump. */
const JUMP_M = 0.6;
const SHELL_RADIUS_M = 0.2;
const ON_TOP = 1000;

export function TeleportFade() {
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const startedAtMs = useRef(-Infinity);
  const shell = useMemo(() => {
    const material = new MeshBasicMaterial({ color: 0x000000, side: BackSide, transparent: true, depthTest: false, depthWrite: false });
    const mesh = new Mesh(new SphereGeometry(SHELL_RADIUS_M, 16, 8), material);
    mesh.renderOrder = ON_TOP;
    mesh.frustumCulled = false;
    mesh.visible = false;
    return mesh;
  }, []);
  useEffect(
    () =>
      tourStore.subscribe((s, prev) => {
        if (s.vr !== 'presenting') return;
        // A guided tour's stop is reached by a cut, which may only turn the visitor where they stand (two stops seen
        // from one spot): it blinks however short the move.
        const arrivedAtStop = !!s.guided && s.guided.stopPose !== prev.guided?.stopPose;
        const jumped = s.pose !== prev.pose && Math.hypot(s.pose.xM - prev.pose.xM, s.pose.zM - prev.pose.zM) > JUMP_M;
        if (arrivedAtStop || jumped) startedAtMs.current = performance.now();
      }),
    [],
  );
  useEffect(
    () => () => {
      shell.geometry.dispose();
      (shell.material as MeshBasicMaterial).dispose();
    },
    [shell],
  );
  useFrame(() => {
    const t = (performance.now() - startedAtMs.current) / FADE_MS;
    shell.visible = t < 1;
    if (!shell.visible) return;
    (shell.material as MeshBasicMaterial).opacity = 1 - t;
    xrCamera.getWorldPosition(shell.position);
  });
  return <primitive object={shell} />;
}
