// The content schema: every room module is parsed with these before anything else sees it, so a broken
// room file stops the build and the tests with the file and the field named (see validate.ts).
// The module the rest of the project imports; the lists and shapes live in schema/, one concern a file.
export * from './schema/ids';
export * from './schema/evidence';
export * from './schema/site';
export * from './schema/openings';
export * from './schema/exhibit';
export * from './schema/partitions';
export * from './schema/room';
export * from './schema/history';
export * from './schema/eras';
