import { randomUUID } from 'node:crypto';
import type { Checkpoint, Session } from '../../shared/contract/index.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { seed } from '../seed/seed.ts';
import { startServer } from '../server/start.ts';
import { startSimulator } from '../simulator/simulator.ts';

export interface PullCheckOptions {
  readonly staff: number;
  readonly claims: number;
  /** Page size of the pull (default 1000, the contract's maximum). */
  readonly limit?: number;
  /** Background claimant actions per second while the pull runs (default 20). */
  readonly ratePerSecond?: number;
  /** Extra claimant actions forced between pages, so changes during the pull are certain (default 2). */
  readonly stepsPerPage?: number;
  /** PostgreSQL to use instead of an in-memory embedded database. */
  readonly databaseUrl?: string;
  readonly log?: (line: string) => void;
  /** Opens the embedded database (tests pass a faster, cached one). */
  readonly openEmbedded?: () => Promise<Database>;
}

export interface PullCheckReport {
  readonly seedSeconds: number;
  readonly pullSeconds: number;
  readonly pages: number;
  readonly documents: number;
  readonly changesDuringPull: number;
  readonly records: number;
  readonly problems: string[];
}

interface Doc {
  readonly id: string;
  readonly revision: number;
  readonly updatedAt: string;
}

/**
 * Seeds one unit, pulls its staff and claims page by page over HTTP while the claimant simulator
 * changes records, then checks the client's merged view against the database: every record
 * present at its current revision, nothing extra, and no version delivered twice.
 */
export async function runPullCheck(options: PullCheckOptions): Promise<PullCheckReport> {
  const log = options.log ?? (() => undefined);
  const schema =
    options.databaseUrl === undefined
      ? undefined
      : `pullcheck_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const db =
    options.databaseUrl === undefined
      ? await (options.openEmbedded?.() ?? openDatabase({ dataDir: 'memory://' }))
      : await openDatabase({ databaseUrl: options.databaseUrl, schema: schema ?? '' });
  await migrate(db);
  const seedStarted = performance.now();
  const [account] = await seed({ db, units: 1, staff: options.staff, claims: options.claims });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  if (account === undefined) throw new Error('seed made no unit');
  log(`seeded ${options.staff} staff and ${options.claims} claims in ${seedSeconds.toFixed(1)} s`);
  const server = await startServer({ db, port: 0, rateLimit: false });
  const problems: string[] = [];
  let pages = 0;
  let documents = 0;
  try {
    const post = (path: string, body: unknown, token?: string) =>
      fetch(server.baseUrl + path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
      });
    const session = (await (
      await post('/auth/login', { account: account.account, password: account.password })
    ).json()) as Session;
    await post(
      '/auth/password',
      { oldPassword: account.password, newPassword: 'PullCheck2025' },
      session.token,
    );

    const simulator = await startSimulator(db, {
      unitId: account.unitId,
      ratePerSecond: options.ratePerSecond ?? 20,
    });
    const limit = options.limit ?? 1000;
    const pullStarted = performance.now();
    const merged = new Map<string, Doc>();
    const delivered = new Set<string>();
    const pullAll = async (
      kind: 'staff' | 'claims',
      from: Checkpoint | undefined,
      isDuringChanges: boolean,
    ) => {
      let checkpoint = from;
      for (;;) {
        const query =
          checkpoint === undefined
            ? ''
            : `&updatedAt=${encodeURIComponent(checkpoint.updatedAt)}&id=${encodeURIComponent(checkpoint.id)}`;
        const response = await fetch(
          `${server.baseUrl}/units/${account.unitId}/${kind}?limit=${limit}${query}`,
          {
            headers: { authorization: `Bearer ${session.token}` },
          },
        );
        if (response.status !== 200) throw new Error(`pull of ${kind} answered ${response.status}`);
        const page = (await response.json()) as { documents: Doc[]; checkpoint: Checkpoint };
        pages++;
        documents += page.documents.length;
        for (const doc of page.documents) {
          const version = `${kind}/${doc.id}@${doc.revision}`;
          if (delivered.has(version)) problems.push(`delivered twice: ${version}`);
          delivered.add(version);
          const known = merged.get(`${kind}/${doc.id}`);
          if (known !== undefined && known.revision >= doc.revision)
            problems.push(`older revision after newer: ${version}`);
          merged.set(`${kind}/${doc.id}`, doc);
        }
        checkpoint = page.checkpoint;
        if (isDuringChanges)
          for (let i = 0; i < (options.stepsPerPage ?? 2); i++) await simulator.step();
        if (page.documents.length < limit) return checkpoint;
      }
    };
    const staffEnd = await pullAll('staff', undefined, true);
    const claimsEnd = await pullAll('claims', undefined, true);
    await simulator.stop();
    const changesDuringPull = Object.values(simulator.stats).reduce((sum, n) => sum + n, 0);
    // The client's next sync, from where the first pass ended, catches what changed meanwhile.
    await pullAll('staff', staffEnd, false);
    await pullAll('claims', claimsEnd, false);
    const pullSeconds = (performance.now() - pullStarted) / 1000;
    log(
      `pulled ${documents} documents in ${pages} pages in ${pullSeconds.toFixed(1)} s with ${changesDuringPull} changes meanwhile`,
    );

    let records = 0;
    for (const kind of ['staff', 'claims'] as const) {
      const rows = await db.query<{ id: string; revision: number }>(
        `SELECT id, revision FROM ${kind} WHERE unit_id = $1`,
        [account.unitId],
      );
      records += rows.length;
      for (const row of rows) {
        const seen = merged.get(`${kind}/${row.id}`);
        if (seen === undefined) problems.push(`missing: ${kind}/${row.id}`);
        else if (seen.revision !== row.revision)
          problems.push(`stale: ${kind}/${row.id} has ${seen.revision}, database ${row.revision}`);
      }
    }
    if (merged.size !== records)
      problems.push(`client holds ${merged.size} records, database ${records}`);
    return {
      seedSeconds,
      pullSeconds,
      pages,
      documents,
      changesDuringPull,
      records,
      problems: problems.slice(0, 50),
    };
  } finally {
    await server.close();
    if (schema !== undefined) await db.query(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  }
}
