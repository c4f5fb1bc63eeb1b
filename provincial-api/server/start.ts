import type { AddressInfo } from 'node:net';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { openMigrated } from '../db/open.ts';
import { buildApp } from './app.ts';
import type { Faults } from './faults.ts';
import type { RateLimitOptions } from './rate-limit.ts';

export interface StartServerOptions {
  /** Embedded database folder (default `.data/provincial-api`); `memory://` for a throwaway one. */
  readonly dataDir?: string;
  /** PostgreSQL instead of the embedded database; defaults to the DATABASE_URL variable. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to use (created when missing). */
  readonly schema?: string;
  /** An already open database (e.g. one just seeded); the server then leaves it open on close. */
  readonly db?: Database;
  /** 8787 by default; 0 picks a free port. */
  readonly port?: number;
  /** 127.0.0.1 by default. */
  readonly host?: string;
  readonly faults?: boolean;
  readonly log?: (line: string) => void;
  readonly now?: () => number;
  readonly rateLimit?: RateLimitOptions | false;
}

export interface RunningServer {
  /** Origin, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The contract's base URL: `${url}/api/v1`. */
  readonly baseUrl: string;
  readonly port: number;
  readonly db: Database;
  /** Programmatic fault control (works whether or not the HTTP endpoint is on). */
  readonly faults: Faults;
  close(): Promise<void>;
}

export { defaultDataDir } from '../db/open.ts';
export const defaultPort = 8787;

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownsDb = options.db === undefined;
  const db = options.db ?? (await openMigrated(options));
  if (!ownsDb) await migrate(db);
  const { app, faults } = buildApp({
    db,
    ...(options.faults === undefined ? {} : { faults: options.faults }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
  });
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? defaultPort });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    baseUrl: `${url}/api/v1`,
    port,
    db,
    faults,
    async close() {
      await app.close();
      if (ownsDb) await db.close();
    },
  };
}
