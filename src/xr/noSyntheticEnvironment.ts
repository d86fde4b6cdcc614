// Stands in for the emulator's synthetic-environment module (@iwer/sem): the tour starts the emulator without a
// synthetic room (see xrStore.ts), so the module's megabytes of room scans would never be used.
export class SyntheticEnvironmentModule {
  constructor() {
    throw new Error('Synthetic environments are not part of this build.');
  }
}
