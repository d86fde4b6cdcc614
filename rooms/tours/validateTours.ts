// Turns the tour modules into the tours the player uses, or fails with every problem named by file and field.
// Checks what the schema alone cannot: ids match files and are unique, and every room, exhibit, standing point,
// mention and line of fire a stop names exists in the validated house of the stop's era.
import { z } from 'zod';
import { contains } from '../../src/plan/geometry';
import { HouseContentError, type House } from '../validate';
import { TourSchema, type Tour, type TourStop } from '../tourSchema';

/** The same `stops[3].look.exhibit` form the house's own problems use. */
const fieldOf = (path: PropertyKey[]) => z.core.toDotPath(path) || '(root)';

/** Problems with one stop, each as [field path, message]. */
function stopProblems(house: House, stop: TourStop): [PropertyKey[], string][] {
  const problems: [PropertyKey[], string][] = [];
  const room = house.rooms[stop.room];
  if (!room) return [[['room'], `"${stop.room}" does not exist in the stop's era`]];
  const { look } = stop;
  if (look.kind === 'exhibit') {
    const found = house.exhibits[look.exhibit];
    if (!found) problems.push([['look', 'exhibit'], `no exhibit "${look.exhibit}" in the house`]);
    else if (found.roomId !== stop.room)
      problems.push([['look', 'exhibit'], `"${look.exhibit}" is not an exhibit of "${stop.room}" (it is in "${found.roomId}")`]);
  }
  if (look.kind === 'view') {
    const inside =
      room.kind === 'indoor'
        ? contains(room.footprint, look)
        : // The open-air room's footprint is the whole site: a point under a roof is in another room.
          contains(room.footprint, look) &&
          !house.order.some((id) => house.rooms[id].kind === 'indoor' && contains(house.rooms[id].footprint, look));
    if (!inside) problems.push([['look'], `the point (${look.xM}, ${look.zM}) is not inside "${stop.room}"`]);
  }
  stop.mentions.forEach((id, i) => {
    if (!house.exhibits[id]) problems.push([['mentions', i], `no exhibit "${id}" in the house`]);
  });
  stop.fire?.forEach((id, i) => {
    if (!house.exhibits[id]?.exhibit.linesOfFire) problems.push([['fire', i], `no exhibit "${id}" with lines of fire in the house`]);
  });
  return problems;
}

/** Each stop is checked against the house of its era (`era`), or today's. */
export function validateTours(files: Record<string, unknown>, house: House, eraHouses: Partial<Record<string, House>> = {}): Tour[] {
  const problems: string[] = [];
  const tours: Tour[] = [];
  const fileOfId = new Map<string, string>();

  for (const [file, data] of Object.entries(files)) {
    const parsed = TourSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${fieldOf(issue.path)}: ${issue.message}`);
      continue;
    }
    const tour = parsed.data;
    const expected = file.replace(/^.*\//, '').replace(/\.[jt]s$/, '');
    if (tour.id !== expected) problems.push(`${file}: id: "${tour.id}" does not match the file name "${expected}"`);
    const earlier = fileOfId.get(tour.id);
    if (earlier) problems.push(`${file}: id: "${tour.id}" is already used by ${earlier}`);
    else fileOfId.set(tour.id, file);
    tour.stops.forEach((stop, i) => {
      const stopHouse = (stop.era && eraHouses[stop.era]) || house;
      for (const [path, message] of stopProblems(stopHouse, stop)) problems.push(`${file}: ${fieldOf(['stops', i, ...path])}: ${message}`);
    });
    tours.push(tour);
  }
  if (problems.length) throw new HouseContentError(problems);
  return tours;
}
