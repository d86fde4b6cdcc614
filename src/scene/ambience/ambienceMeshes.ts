// What the ambience's meshes (the shade, the furnishing, the surroundings) share: none of them is something to
// click, and the opaque ones are drawn after the house.

/** A click goes through them, to the floor, the object or the sign behind. */
export const noRaycast = () => {};

/** Each spans much of the site, its middle often nearer the eye than the walls of the room the visitor is in:
 *  three would draw it first and shade every pixel of it that the walls then hide. Drawn after the house, the
 *  hidden pixels fail the depth test before they are shaded. */
export const AFTER_THE_HOUSE = 1;
