import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The little SQL surface the repository needs; PGlite and node-postgres both provide it. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * Runs a whole script of statements as the server parses it (no parameters), so a `;` inside
   * a string literal or a function body stays where it is.
   */
  exec(script: string): Promise<void>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Embedded only: the whole database as a tarball, to open copies of it quickly (tests). */
  dump?: () => Promise<Uint8Array>;
}

export interface OpenDatabaseOptions {
  /** Folder for the embedded database; `memory://` keeps it in memory (tests). */
  readonly dataDir?: string;
  /** A PostgreSQL URL; wins over dataDir. */
  readonly databaseUrl?: string;
  /** Embedded only: start from this dump (`Database.dump`) instead of an empty cluster. */
  readonly template?: Uint8Array;
  /** PostgreSQL only: a schema to work in, created when missing (isolates parallel test runs). */
  readonly schema?: string;
}

function openPglite(dataDir: string, template: Uint8Array | undefined): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const options =
    template === undefined ? {} : { loadDataDir: new Blob([new Uint8Array(template)]) };
  return PGlite.create(dataDir, options).then((lite): Database => ({
    kind: 'pglite',
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await lite.query<R>(text, [...params])).rows;
    },
    // PGlite runs one statement at a time and holds other callers back while a transaction is
    // open, so its transactions are serialized like the PostgreSQL path's clock-row lock.
    transaction<T>(work: (tx: Sql) => Promise<T>) {
      return lite.transaction((tx) =>
        work({
          async query<R>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(text, [...params])).rows;
          },
          async exec(script: string) {
            await tx.exec(script);
          },
        }),
      );
    },
    async exec(script: string) {
      await lite.exec(script);
    },
    close: () => lite.close(),
    dump: async () => new Uint8Array(await (await lite.dumpDataDir('none')).arrayBuffer()),
  }));
}

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Bad schema name: ${schema}`);
  }
  if (schema !== undefined) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await admin.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const run = async <R>(
    client: pg.Pool | pg.PoolClient,
    text: string,
    params: readonly unknown[],
  ) => (await client.query(text, [...params])).rows as R[];
  // A query without parameters goes by PostgreSQL's simple protocol, which takes a whole script.
  const exec = async (client: pg.Pool | pg.PoolClient, script: string) => {
    await client.query(script);
  };
  return {
    kind: 'postgres',
    query: <R>(text: string, params: readonly unknown[] = []) => run<R>(pool, text, params),
    exec: (script: string) => exec(pool, script),
    async transaction<T>(work: (tx: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work({
          query: <R>(text: string, params: readonly unknown[] = []) => run<R>(client, text, params),
          exec: (script: string) => exec(client, script),
        });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL when a URL is given (or DATABASE_URL is set), the embedded PGlite otherwise. */
export function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const url = options.databaseUrl;
  if (url !== undefined && url !== '') return openPostgres(url, options.schema);
  return openPglite(options.dataDir ?? 'memory://', options.template);
}
