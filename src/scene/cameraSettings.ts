/** The visitor's eye: a natural field of view, near enough to stand close to a wall, far enough for the garden. */
export const CAMERA = { fov: 70, near: 0.05, far: 250 } as const;
