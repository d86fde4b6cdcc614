// The closed lists the content is checked against: the rooms, the source files and the people. Adding one here
// is what lets a room file, a citation or a mention name it.
import { z } from 'zod';

/** The rooms in tour order. tests/bench/bench.mjs reads this list from this file by its text, to bench each room. */
export const ROOM_IDS = [
  'garden',
  'guards-house',
  'kitchen',
  'dining-room',
  'office',
  'study',
  'bedroom',
  'bathroom',
  'grandsons-room',
] as const;
export const RoomIdSchema = z.enum(ROOM_IDS);
export type RoomId = z.infer<typeof RoomIdSchema>;

/** The file names of ../shared/sources; sources.ts gives each its title. */
export const SOURCE_FILES = [
  '000_78ac5b74e856ea78.txt',
  '001_9df9e8124444cb9b.txt',
  '002_b34dec8bdd231af5.txt',
] as const;
export const SourceFileSchema = z.enum(SOURCE_FILES);
export type SourceFile = z.infer<typeof SourceFileSchema>;

/** The people the sources name; people.ts describes each. */
export const PERSON_IDS = [
  'leon-trotsky',
  'natalia-sedova',
  'sieva-volkov',
  'zina-bronstein',
  'platon-volkov',
  'ramon-mercader',
  'david-alfaro-siqueiros',
  'antonio-pujol',
  'luis-arenal',
  'robert-sheldon-harte',
  'carmen-palma',
  'belen-estrada',
  'otto-schussler',
  'harold-robins',
  'jake-cooper',
  'charles-cornell',
  'walter-kerley',
  'alfred-rosmer',
  'marguerite-rosmer',
  'fanny-ivanovich',
  'joseph-hansen',
  'lazaro-cardenas',
  'diego-rivera',
  'frida-kahlo',
  'joseph-stalin',
] as const;
export const PersonIdSchema = z.enum(PERSON_IDS);
export type PersonId = z.infer<typeof PersonIdSchema>;

/** The dated states of the house, oldest first, as the address carries them (`?era=1940-05-24`); eras.ts describes
 *  each. The last one is the museum as it is today, which the room files describe by default. */
export const ERA_IDS = ['1939-05', '1940-05-24', '1940-08', 'today'] as const;
export const EraIdSchema = z.enum(ERA_IDS);
export type EraId = z.infer<typeof EraIdSchema>;
export const DEFAULT_ERA: EraId = 'today';
