/** The programmatic API of the reference provincial server, for tests and scripts. */
export {
  startServer,
  defaultPort,
  type RunningServer,
  type StartServerOptions,
} from './server/start.ts';
export { seed, demoDefaults, type SeedOptions, type SeededAccount } from './seed/seed.ts';
export {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from './simulator/simulator.ts';
export { openDatabase, type Database } from './db/database.ts';
export { openMigrated, defaultDataDir } from './db/open.ts';
export { schemaVersion } from './db/migrations.ts';
export type { FaultsBody, FaultSettings } from './server/faults.ts';
export { problemTypeBase } from './server/problems.ts';
