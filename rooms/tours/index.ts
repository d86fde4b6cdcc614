// The guided tours, in the order the guide lists them. Validated with the house in rooms/index.ts.
import houseInTenMinutes from './house-in-ten-minutes';
import aDayInTheHouse from './a-day-in-the-house';
import nightOf24May1940 from './night-of-24-may-1940';

export const tourFiles: Record<string, unknown> = {
  'rooms/tours/house-in-ten-minutes.ts': houseInTenMinutes,
  'rooms/tours/a-day-in-the-house.ts': aDayInTheHouse,
  'rooms/tours/night-of-24-may-1940.ts': nightOf24May1940,
};
