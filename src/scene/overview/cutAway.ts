// What the view from above leaves out: the house's roofs and ceilings, and what stands on them or hangs under them,
// so every room is open to the sky; and the hotspots and doorway signs, which belong to the visitor's eyes. The same
// merged house, with some of its meshes hidden, not a second model.
import type { Object3D } from 'three';
import type { Surface } from '../geometry/surfaces';

/**
 * Roofs and ceilings; `metal` is the bathroom's tin roof as well as window bars and the armoured doors, and `wood`
 * the ceiling beams as well as the doors and the watchtowers' posts: from above a roof hides its room, and a beam
 * every 0.9 m hides much of it, while doors and bars are a few pixels wide.
 */
export const isCutAway = (surface: Surface) => surface.startsWith('ceiling-') || surface === 'roof' || surface === 'metal' || surface === 'wood';

/** The scene's groups that the overview hides whole (see Hotspots.tsx, DoorwayMarkers.tsx). */
const HIDDEN_GROUPS = ['hotspots', 'doorway-markers'];

/** Hides them in `scene`; the function returned shows again what was shown. */
export function cutAway(scene: Object3D): () => void {
  const hidden: Object3D[] = [];
  const hide = (o: Object3D | undefined) => {
    if (!o?.visible) return;
    o.visible = false;
    hidden.push(o);
  };
  const house = scene.getObjectByName('house');
  house?.children.forEach((mesh) => isCutAway(mesh.userData.surface as Surface) && hide(mesh));
  HIDDEN_GROUPS.forEach((name) => hide(scene.getObjectByName(name)));
  return () => hidden.forEach((o) => (o.visible = true));
}
