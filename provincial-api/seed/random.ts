/** The seeder's generator is the project's one seeded random; importers may use shared/util directly. */
export { createRandom, type Random } from '../../shared/util/seeded-random.ts';
