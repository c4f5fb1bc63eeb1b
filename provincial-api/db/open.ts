import { openDatabase, type Database } from './database.ts';
import { migrate } from './migrations.ts';

export const defaultDataDir = '.data/provincial-api';

/** Opens PostgreSQL (the URL, or DATABASE_URL) or else the embedded database, migrated. */
export async function openMigrated(options: {
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
  readonly schema?: string | undefined;
}): Promise<Database> {
  const databaseUrl = options.databaseUrl ?? process.env['DATABASE_URL'];
  const db = await openDatabase({
    dataDir: options.dataDir ?? defaultDataDir,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(options.schema === undefined ? {} : { schema: options.schema }),
  });
  await migrate(db);
  return db;
}
