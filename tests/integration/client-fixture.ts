import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { randomUUID } from 'node:crypto';
import {
  openMigrated,
  seed,
  startServer,
  type RunningServer,
  type SeededAccount,
} from '../../provincial-api/index.ts';
import { tokenLifeMs } from '#shared/contract/index.ts';
import { createApiClient, type ApiClient } from '../../renderer/src/data/sync/api-client.ts';
import {
  closeReviewerDatabase,
  openReviewerDatabase,
  type ReviewerDatabase,
} from '../../renderer/src/data/db/database.ts';
import { withRetry } from '../../renderer/src/data/sync/with-retry.ts';
import { createOutbox, type Outbox } from '../../renderer/src/data/sync/outbox.ts';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/data/sync/sync-engine.ts';

export const reviewerPassword = 'Review2025ok';

export interface ServerFixture {
  /** The running server; replaced by `restart`. */
  readonly server: RunningServer;
  readonly account: SeededAccount;
  /** Stops the server, whatever it is doing, and starts it again on the same data and port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real reference server in-process on loopback, on a small fresh seed, faults switchable. */
export async function startSeededServer(size: {
  staff: number;
  claims: number;
}): Promise<ServerFixture> {
  const db = await openMigrated({ dataDir: 'memory://' });
  const options = { db, faults: true, log: () => {}, rateLimit: false } as const;
  let server = await startServer({ ...options, port: 0 });
  const [account] = await seed({
    db,
    units: 1,
    staff: size.staff,
    claims: size.claims,
    randomSeed: 7,
  });
  if (account === undefined) throw new Error('seed made no unit');
  const fixture: ServerFixture = {
    get server() {
      return server;
    },
    account,
    async restart() {
      const port = server.port;
      await server.close();
      server = await startServer({ ...options, port });
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
  const client = createApiClient({ baseUrl: server.baseUrl, token: () => null });
  const first = await client.login(account.account, account.password);
  if (!first.ok) throw new Error(`login failed: ${JSON.stringify(first.error)}`);
  const token = first.value.token;
  const authed = createApiClient({ baseUrl: server.baseUrl, token: () => token });
  const changed = await authed.changePassword(account.password, reviewerPassword);
  if (!changed.ok) throw new Error(`password change failed: ${JSON.stringify(changed.error)}`);
  return fixture;
}

export interface ClientFixture {
  readonly db: ReviewerDatabase;
  readonly client: ApiClient;
  readonly outbox: Outbox;
  readonly engine: SyncEngine;
  signIn(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The renderer's real data layer (RxDB on Dexie, sync engine, outbox) in Node on fake-indexeddb.
 * `name` picks the local database, so a second client with the same name is the same replica
 * "after a reload".
 */
export async function openClient(
  fixture: ServerFixture,
  options: {
    name?: string;
    sleep?: (ms: number) => Promise<void>;
    pageSize?: number;
    /** Decisions per push request; the contract's 200 unless a test wants several batches. */
    batchSize?: number;
    fetchEvidence?: boolean;
  } = {},
): Promise<ClientFixture> {
  let token: string | null = null;
  let serverNow = Date.now();
  const client = createApiClient({
    baseUrl: fixture.server.baseUrl,
    token: () => token,
    timeoutMs: 10_000,
  });
  const db = await openReviewerDatabase({
    unitId: options.name ?? `${fixture.account.unitId}-${randomUUID().slice(0, 8)}`,
    key: 'a'.repeat(64),
    indexedDb: { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange },
  });
  const outbox = createOutbox(db);
  const engine = createSyncEngine({
    db,
    client,
    outbox,
    unitId: fixture.account.unitId,
    serverNow: () => serverNow,
    pageSize: options.pageSize ?? 50,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    fetchEvidence: options.fetchEvidence ?? true,
    retry: { maxAttempts: 12, sleep: options.sleep ?? (() => Promise.resolve()) },
  });
  return {
    db,
    client,
    outbox,
    engine,
    async signIn() {
      // The reviewer types the password again until the platform answers.
      const session = await withRetry(
        () => client.login(fixture.account.account, reviewerPassword),
        { maxAttempts: 20, sleep: () => Promise.resolve() },
      );
      if (!session.ok) throw new Error(`sign-in failed: ${JSON.stringify(session.error)}`);
      token = session.value.token;
      serverNow = Date.parse(session.value.expiresAt) - tokenLifeMs;
    },
    close: () => closeReviewerDatabase(db),
  };
}
