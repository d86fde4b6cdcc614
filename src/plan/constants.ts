/** A standing adult's eye height; the camera sits here above the floor. */
export const EYE_HEIGHT_M = 1.6;
/** Walls are built inside each room's footprint, this deep, so two rooms' walls meet back to back. */
export const WALL_HALF_THICKNESS_M = 0.12;
/** How close the visitor's eye may come to a wall. */
export const BODY_RADIUS_M = 0.3;
export const WALK_SPEED_M_PER_S = 1.6;
export const TURN_SPEED_DEG_PER_S = 90;
export const GLIDE_SPEED_M_PER_S = 3.5;
export const GLIDE_MIN_MS = 450;
/** Long glides speed up rather than keep the visitor waiting. */
export const GLIDE_MAX_MS = 2200;
/** How far past a doorway a glide stops, inside the next room. */
export const ARRIVAL_DEPTH_M = 1.2;
export const MAX_PITCH_DEG = 70;
/** Further than this from a guided tour's standing point, the visitor has walked away from the stop. */
export const AWAY_FROM_STOP_M = 0.75;
