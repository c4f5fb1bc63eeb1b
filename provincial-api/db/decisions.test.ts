import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Decision } from '../../shared/contract/index.ts';
import { openTestPglite } from '../conformance/template.ts';
import { seed } from '../seed/seed.ts';
import type { Database, Sql } from './database.ts';
import { judgeBatch } from './decisions.ts';
import { mutateRecord } from './records.ts';

let db: Database;
let unitId: string;
let pending: Claim[];
beforeAll(async () => {
  db = await openTestPglite();
  const [account] = await seed({ db, units: 1, staff: 10, claims: 60, randomSeed: 11 });
  unitId = account?.unitId ?? '';
  pending = (
    await db.query<{ doc: Claim }>(
      "SELECT doc FROM claims WHERE unit_id = $1 AND status = 'submitted' ORDER BY id",
      [unitId],
    )
  ).map((row) => row.doc);
});
afterAll(() => db.close());

/** The same database, but the transaction dies when it records the decisions: a crash mid-way. */
function crashingOnRecord(inner: Database): Database {
  const wrap = (tx: Sql): Sql => ({
    query(text, params) {
      if (text.startsWith('INSERT INTO decisions')) throw new Error('simulated crash');
      return tx.query(text, params);
    },
    exec: (script) => tx.exec(script),
  });
  return { ...inner, transaction: (work) => inner.transaction((tx) => work(wrap(tx))) };
}

const claimRow = async (id: string) =>
  (await db.query<{ doc: Claim }>('SELECT doc FROM claims WHERE id = $1', [id]))[0]?.doc;
const clockMs = async () =>
  (await db.query<{ ms: number }>('SELECT last_ms::float8 AS ms FROM server_clock'))[0]?.ms;

function nextPending(): Claim {
  const claim = pending.shift();
  if (claim === undefined) throw new Error('seed ran out of submitted claims');
  return claim;
}

const approve = (claim: Claim): Decision => ({
  decisionId: randomUUID(),
  target: { kind: 'claim', id: claim.id },
  baseRevision: claim.revision,
  outcome: 'approve',
  creditedHours: { public: 0, professional: 4 },
  reviewerName: '测试审核员',
  decidedAt: new Date().toISOString(),
});

describe('judgeBatch', () => {
  it('leaves every claim untouched and every decisionId unused when the transaction dies before commit', async () => {
    const claims = [nextPending(), nextPending()];
    const decisions = claims.map(approve);
    await expect(judgeBatch(crashingOnRecord(db), unitId, decisions, Date.now())).rejects.toThrow(
      'simulated crash',
    );
    for (const claim of claims) expect(await claimRow(claim.id)).toEqual(claim);
    const retried = await judgeBatch(db, unitId, decisions, Date.now());
    expect(retried.map((r) => r.status)).toEqual(['applied', 'applied']);
    for (const claim of claims)
      expect((await claimRow(claim.id))?.revision).toBe(claim.revision + 1);
  });

  it('gives each applied decision its own later instant and moves the clock past the last', async () => {
    const before = (await clockMs()) ?? 0;
    // The wall clock behind the server clock: the stamps must still go forward.
    const results = await judgeBatch(
      db,
      unitId,
      [nextPending(), nextPending(), nextPending()].map(approve),
      before - 60_000,
    );
    const stamps = results.map((r) => Date.parse(r.claim?.updatedAt ?? ''));
    expect(stamps).toEqual([before + 1, before + 2, before + 3]);
    for (const [index, result] of results.entries()) {
      expect(await claimRow(result.claim?.id ?? '')).toEqual(results[index]?.claim);
    }
    expect(await clockMs()).toBe(before + 3);
    const later = await mutateRecord<Claim>(db, 'claims', nextPending().id, before, (claim) => ({
      ...claim,
      title: `${claim.title}（修改）`,
    }));
    expect(Date.parse(later?.updatedAt ?? '')).toBe(before + 4);
  });
});
