// The building blocks the shapes share. Kept out of ../schema.ts's exports: the content's API is the shapes.
import { z } from 'zod';

export const nonEmpty = z.string().trim().min(1);
export const metres = z.number().finite();
export const positiveMetres = z.number().finite().positive();
export const PointSchema = z.strictObject({ xM: metres, zM: metres });
/** A point in a room: site coordinates on the floor, and its height above it. */
export const PointAboveFloorSchema = z.strictObject({ xM: metres, yM: metres.nonnegative(), zM: metres });

/** Lower-case words joined by hyphens: the form of exhibit and event ids, which end up in addresses. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
