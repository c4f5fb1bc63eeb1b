import { randomUUID } from 'node:crypto';
import type { Decision, Session } from '../../shared/contract/index.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { loadContract } from './openapi.ts';
import { openTestPglite } from './template.ts';
import { migrate } from '../db/migrations.ts';
import { seed, type SeededAccount } from '../seed/seed.ts';
import { startServer, type RunningServer } from '../server/start.ts';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly bytes: Buffer;
}

export interface CallOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export interface Harness {
  readonly server: RunningServer;
  readonly accounts: readonly SeededAccount[];
  /** Moves the server's wall clock forward (tokens, lockouts) or backward (clock monotonicity). */
  readonly shiftClock: (ms: number) => void;
  readonly call: (method: string, path: string, options?: CallOptions) => Promise<Reply>;
  readonly login: (account: SeededAccount, password?: string) => Promise<Session>;
  /** Signs in and replaces the initial password, answering a token that may call everything. */
  readonly ready: (account: SeededAccount) => Promise<string>;
  readonly close: () => Promise<void>;
}

export const newPassword = 'Review2025ok';

const contract = loadContract();

/**
 * Checks an answer's body against openapi.yaml with the standard validator: the schema the
 * contract lists for that operation and status, a Problem for any other problem answer. A JSON
 * answer the contract does not describe is a failure too. Throws, naming what broke.
 */
export function checkAnswer(method: string, path: string, reply: Reply): void {
  const type = reply.headers.get('content-type') ?? '';
  if (path.startsWith('/__') || !type.includes('json')) return;
  const name =
    contract.answerSchema(method, path, reply.status) ??
    (type.includes('application/problem+json') ? 'Problem' : undefined);
  if (name === undefined) {
    throw new Error(`${method} ${path} answered ${reply.status} JSON the contract does not list`);
  }
  const errors = contract.check(name, reply.body);
  if (errors.length > 0) {
    throw new Error(`${method} ${path} ${reply.status} breaks ${name}: ${errors.join('; ')}`);
  }
}

/**
 * Starts the server in-process on port 0 over a small fresh seed: embedded PGlite in memory, or,
 * when DATABASE_URL is set, a throwaway schema of that PostgreSQL, dropped again on close.
 */
export async function startHarness(
  options: { units?: number; staff?: number; claims?: number; faults?: boolean } = {},
): Promise<Harness> {
  const url = process.env['DATABASE_URL'];
  const schema =
    url === undefined ? undefined : `conf_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const db: Database =
    url === undefined
      ? await openTestPglite()
      : await openDatabase({ databaseUrl: url, schema: schema ?? '' });
  await migrate(db);
  let offset = 0;
  const now = () => Date.now() + offset;
  const accounts = await seed({
    db,
    units: options.units ?? 2,
    staff: options.staff ?? 40,
    claims: options.claims ?? 160,
    randomSeed: 7,
    now,
  });
  const server = await startServer({
    db,
    port: 0,
    faults: options.faults ?? true,
    now,
    rateLimit: false,
  });
  const readyTokens = new Map<string, string>();

  const call = async (method: string, path: string, o: CallOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token !== undefined) headers['authorization'] = `Bearer ${o.token}`;
    let body: string | undefined = o.rawBody;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] = 'application/json';
    }
    const target = path.startsWith('/__') ? server.url + path : server.baseUrl + path;
    const response = await fetch(target, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const parsed: unknown =
      type.includes('json') && bytes.length > 0 ? JSON.parse(bytes.toString('utf8')) : undefined;
    const reply = { status: response.status, headers: response.headers, body: parsed, bytes };
    checkAnswer(method, path, reply);
    return reply;
  };
  const login = async (account: SeededAccount, password = account.password): Promise<Session> => {
    const reply = await call('POST', '/auth/login', {
      body: { account: account.account, password },
    });
    if (reply.status !== 200) throw new Error(`login ${account.account} answered ${reply.status}`);
    return reply.body as Session;
  };
  return {
    server,
    accounts,
    shiftClock: (ms) => {
      offset += ms;
    },
    call,
    login,
    async ready(account) {
      const known = readyTokens.get(account.account);
      if (known !== undefined) return known;
      const session = await login(account);
      const changed = await call('POST', '/auth/password', {
        token: session.token,
        body: { oldPassword: account.password, newPassword },
      });
      if (changed.status !== 204) throw new Error(`password change answered ${changed.status}`);
      readyTokens.set(account.account, session.token);
      return session.token;
    },
    async close() {
      await server.close();
      if (schema !== undefined) await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

export function account(h: Harness, index: number): SeededAccount {
  const a = h.accounts[index];
  if (a === undefined) throw new Error(`no seeded account ${index}`);
  return a;
}

/** A valid decision, to be varied by each test. */
export function decision(
  overrides: Partial<Decision> & Pick<Decision, 'target' | 'baseRevision'>,
): Decision {
  return {
    decisionId: randomUUID(),
    outcome: 'approve',
    creditedHours: { public: 0, professional: 8 },
    reviewerName: '测试审核员',
    decidedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Pulls a whole collection page by page; answers every document seen, in order. */
export async function pullAll<T extends { id: string; updatedAt: string }>(
  h: Harness,
  token: string,
  path: string,
  limit: number,
): Promise<T[]> {
  const seen: T[] = [];
  let query = '';
  for (;;) {
    const reply = await h.call('GET', `${path}?limit=${limit}${query}`, { token });
    if (reply.status !== 200) throw new Error(`pull answered ${reply.status}`);
    const page = reply.body as { documents: T[]; checkpoint: { updatedAt: string; id: string } };
    seen.push(...page.documents);
    if (page.documents.length < limit) return seen;
    query = `&updatedAt=${encodeURIComponent(page.checkpoint.updatedAt)}&id=${encodeURIComponent(page.checkpoint.id)}`;
  }
}
