/**
 * The reference server's share of the benchmark, without a browser:
 * `node provincial-api/scripts/bench-server.ts [--runs 3] [--limit 1000] [--batches 5] [--batch 200]`.
 *
 * Reuses the benchmark's kept seed (.data/bench-seed: one unit of 20,000 staff and 100,000 claims),
 * copied for each run to a working folder of its own so neither the seed nor a concurrent
 * `npm run bench` is touched (a seed of an older schema is migrated forward on the copy); seeds the
 * working folder directly when there is no kept seed. The server runs in a child process, so its
 * CPU time is told apart from the client's. Through HTTP on loopback it times pulling every claim
 * page and pushing `batches` × `batch` return decisions, and prints wall and CPU milliseconds as
 * JSON: CPU beside wall because the machine is shared and wall time alone says little.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Checkpoint, Claim, DecisionResult } from '../../shared/contract/index.ts';
import { seed, startServer, type SeededAccount } from '../index.ts';

const size = { staff: 20_000, claims: 100_000 };
const keptSeed = '.data/bench-seed';
const working = '.data/bench-server-run';
const serverRole = 'BENCH_SERVER_DATA';
const newPassword = 'Bench2026ok';

/** Child role: serve `dataDir` on a free port, answer CPU readings, stop when told. */
async function serve(dataDir: string): Promise<void> {
  const server = await startServer({ dataDir, port: 0, rateLimit: false });
  process.on('message', (message) => {
    if (message === 'cpu') {
      const used = process.cpuUsage();
      process.send?.({ cpuMs: (used.user + used.system) / 1000 });
    } else if (message === 'close') {
      void server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ baseUrl: server.baseUrl });
}

/** A fresh copy of the kept seed when there is one of this size, else a new seed. */
async function freshDatabase(): Promise<SeededAccount> {
  rmSync(working, { recursive: true, force: true });
  const markerFile = `${keptSeed}/bench.json`;
  const kept = existsSync(markerFile)
    ? (JSON.parse(readFileSync(markerFile, 'utf8')) as {
        staff: number;
        claims: number;
        account: SeededAccount;
      })
    : undefined;
  if (kept !== undefined && kept.staff === size.staff && kept.claims === size.claims) {
    cpSync(`${keptSeed}/db`, working, { recursive: true });
    return kept.account;
  }
  process.stderr.write('no kept seed: seeding 20,000 staff / 100,000 claims…\n');
  const [account] = await seed({ dataDir: working, units: 1, ...size, randomSeed: 2026 });
  if (account === undefined) throw new Error('seed made no unit');
  return account;
}

interface ServerProcess {
  readonly baseUrl: string;
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`bench server exited (${String(code)})`)));
  });
}

async function startServerProcess(): Promise<ServerProcess> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [serverRole]: working },
  });
  const { baseUrl } = await nextMessage<{ baseUrl: string }>(child);
  return {
    baseUrl,
    async cpuMs() {
      const reading = nextMessage<{ cpuMs: number }>(child);
      child.send('cpu');
      return (await reading).cpuMs;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await exited;
    },
  };
}

interface Figure {
  readonly wallMs: number;
  readonly serverCpuMs: number;
  readonly clientCpuMs: number;
}

async function measured<T>(server: ServerProcess, work: () => Promise<T>): Promise<[Figure, T]> {
  const serverBefore = await server.cpuMs();
  const client = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(client);
  const serverCpuMs = (await server.cpuMs()) - serverBefore;
  return [{ wallMs, serverCpuMs, clientCpuMs: (used.user + used.system) / 1000 }, value];
}

async function call<T>(url: string, token: string | undefined, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${url}: ${String(response.status)} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Signs in with the initial password and replaces it, or with the replaced one (a re-run). */
async function signIn(baseUrl: string, account: SeededAccount): Promise<string> {
  const login = (password: string) =>
    call<{ token: string; mustChangePassword: boolean }>(`${baseUrl}/auth/login`, undefined, {
      account: account.account,
      password,
    });
  const session = await login(account.password).catch(() => login(newPassword));
  if (session.mustChangePassword) {
    await call(`${baseUrl}/auth/password`, session.token, {
      oldPassword: account.password,
      newPassword,
    });
  }
  return session.token;
}

async function pullClaims(baseUrl: string, unitId: string, token: string, limit: number) {
  const claims: Claim[] = [];
  let checkpoint: Checkpoint | undefined;
  for (let pages = 1; ; pages += 1) {
    const query = new URLSearchParams({ limit: String(limit) });
    if (checkpoint !== undefined) {
      query.set('updatedAt', checkpoint.updatedAt);
      query.set('id', checkpoint.id);
    }
    const page = await call<{ documents: Claim[]; checkpoint: Checkpoint }>(
      `${baseUrl}/units/${unitId}/claims?${query.toString()}`,
      token,
    );
    claims.push(...page.documents);
    checkpoint = page.checkpoint;
    if (page.documents.length < limit) return { claims, pages };
  }
}

async function pushReturns(
  baseUrl: string,
  unitId: string,
  token: string,
  batches: readonly (readonly Claim[])[],
) {
  const statuses: Record<string, number> = {};
  for (const batch of batches) {
    const decisions = batch.map((claim) => ({
      decisionId: randomUUID(),
      target: { kind: 'claim', id: claim.id },
      baseRevision: claim.revision,
      outcome: 'return',
      reason: '基准测试退回',
      reviewerName: '基准测试',
      decidedAt: new Date().toISOString(),
    }));
    const { results } = await call<{ results: DecisionResult[] }>(
      `${baseUrl}/units/${unitId}/decisions`,
      token,
      { decisions },
    );
    for (const result of results) statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  }
  return statuses;
}

const rounded = (figure: Figure, per = 1) => ({
  wallMs: Math.round(figure.wallMs / per),
  serverCpuMs: Math.round(figure.serverCpuMs / per),
  clientCpuMs: Math.round(figure.clientCpuMs / per),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      limit: { type: 'string', default: '1000' },
      batches: { type: 'string', default: '5' },
      batch: { type: 'string', default: '200' },
    },
  });
  const [runs, limit, batchCount, batchSize] = [
    values.runs,
    values.limit,
    values.batches,
    values.batch,
  ].map(Number) as [number, number, number, number];
  const report: unknown[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const account = await freshDatabase();
    const server = await startServerProcess();
    try {
      const token = await signIn(server.baseUrl, account);
      const [pull, pulled] = await measured(server, () =>
        pullClaims(server.baseUrl, account.unitId, token, limit),
      );
      const pending = pulled.claims.filter((c) => c.status === 'submitted' && !c.deleted);
      const batches = Array.from({ length: batchCount }, (_, i) =>
        pending.slice(i * batchSize, (i + 1) * batchSize),
      );
      const decisions = batches.reduce((sum, batch) => sum + batch.length, 0);
      const [push, statuses] = await measured(server, () =>
        pushReturns(server.baseUrl, account.unitId, token, batches),
      );
      const entry = {
        run,
        pull: {
          pages: pulled.pages,
          documents: pulled.claims.length,
          ...rounded(pull),
          perPage: rounded(pull, pulled.pages),
        },
        push: { decisions, statuses, ...rounded(push) },
      };
      report.push(entry);
      process.stderr.write(`${JSON.stringify(entry)}\n`);
    } finally {
      await server.close();
    }
  }
  rmSync(working, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

const childData = process.env[serverRole];
await (childData === undefined ? main() : serve(childData));
