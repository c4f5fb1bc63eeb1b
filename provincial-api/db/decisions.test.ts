import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/contract/index.ts';
import { openTestPglite } from '../conformance/template.ts';
import { seed } from '../seed/seed.ts';
import type { Database, Sql } from './database.ts';
import { judgeDecision } from './decisions.ts';

let db: Database;
let unitId: string;
beforeAll(async () => {
  db = await openTestPglite();
  const [account] = await seed({ db, units: 1, staff: 10, claims: 30, randomSeed: 11 });
  unitId = account?.unitId ?? '';
});
afterAll(() => db.close());

/** The same database, but the transaction dies when it records the decision: a crash mid-way. */
function crashingOnRecord(inner: Database): Database {
  const wrap = (tx: Sql): Sql => ({
    query(text, params) {
      if (text.startsWith('INSERT INTO decisions')) throw new Error('simulated crash');
      return tx.query(text, params);
    },
  });
  return { ...inner, transaction: (work) => inner.transaction((tx) => work(wrap(tx))) };
}

const claimRow = async (id: string) =>
  (await db.query<{ doc: Claim }>('SELECT doc FROM claims WHERE id = $1', [id]))[0]?.doc;

describe('judgeDecision', () => {
  it('leaves the claim untouched and the decisionId unused when the transaction dies before commit', async () => {
    const [row] = await db.query<{ doc: Claim }>(
      "SELECT doc FROM claims WHERE unit_id = $1 AND status = 'submitted' ORDER BY id LIMIT 1",
      [unitId],
    );
    const claim = row?.doc;
    if (claim === undefined) throw new Error('no submitted claim');
    const decision = {
      decisionId: randomUUID(),
      target: { kind: 'claim' as const, id: claim.id },
      baseRevision: claim.revision,
      outcome: 'approve' as const,
      creditedHours: { public: 0, professional: 4 },
      reviewerName: '测试审核员',
      decidedAt: new Date().toISOString(),
    };
    await expect(judgeDecision(crashingOnRecord(db), unitId, decision, Date.now())).rejects.toThrow(
      'simulated crash',
    );
    expect(await claimRow(claim.id)).toEqual(claim);
    const retried = await judgeDecision(db, unitId, decision, Date.now());
    expect(retried.status).toBe('applied');
    expect((await claimRow(claim.id))?.revision).toBe(claim.revision + 1);
  });
});
