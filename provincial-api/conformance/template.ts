import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(here, '../../node_modules/.cache/provincial-api');

/**
 * An in-memory embedded database, migrated. Creating a PGlite cluster costs seconds per test
 * file; loading a dump of a migrated one costs about one, so the dump is kept in the cache,
 * keyed by the migrations' text (a changed schema makes a new one).
 */
export async function openTestPglite(): Promise<Database> {
  const key = createHash('sha256')
    .update(readFileSync(join(here, '../db/migrations.ts')))
    .digest('hex')
    .slice(0, 16);
  const file = join(cacheDir, `pglite-migrated-${key}.tar`);
  if (existsSync(file)) {
    const db = await openDatabase({ dataDir: 'memory://', template: readFileSync(file) });
    await migrate(db);
    return db;
  }
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  if (db.dump !== undefined) {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a parallel test file never reads half a dump.
    const partial = `${file}.${String(process.pid)}`;
    writeFileSync(partial, await db.dump());
    renameSync(partial, file);
  }
  return db;
}
