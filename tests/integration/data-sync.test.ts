import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClient, startSeededServer, type ServerFixture } from './client-fixture.ts';
import { outboxDoc } from './replica-fixture.ts';
import { serverDecisions } from './server-view.ts';

/** The first sync of the seeded unit: nothing to push, every record of the seed pulled. */
const firstSync = {
  ok: true,
  value: {
    pushed: { applied: 0, conflicts: 0, invalid: 0, heldBack: 0 },
    staff: 40,
    claims: 200,
    skipped: 0,
  },
};

describe('offline replica and sync against the reference server', () => {
  let fixture: ServerFixture;

  beforeAll(async () => {
    fixture = await startSeededServer({ staff: 40, claims: 200 });
  });

  afterAll(async () => {
    await fixture.close();
  });

  it('pulls every staff and claim record into the replica', async () => {
    const local = await openClient(fixture);
    try {
      await local.signIn();
      const report = await local.engine.syncNow();
      expect(report).toEqual(firstSync);
      const view = await serverDecisions(fixture);
      expect(await local.db.claims.count().exec()).toBe(
        view.claims.filter((c) => !c.deleted).length,
      );
      expect(await local.db.staff.count().exec()).toBe(view.staffCount);
    } finally {
      await local.close();
    }
  });

  it('pushes decisions made offline and the server holds each exactly once', async () => {
    const local = await openClient(fixture);
    await local.signIn();
    expect(await local.engine.syncNow()).toEqual(firstSync);
    const pending = await local.db.claims
      .find({ selector: { status: 'submitted' }, limit: 5 })
      .exec();
    expect(pending.length).toBeGreaterThan(0);
    const made = [];
    for (const claim of pending) {
      const decided = await local.outbox.decideClaim({
        claim: claim.toJSON(),
        staffName: '测试',
        outcome: 'approve',
        creditedHours: { public: 0, professional: claim.claimedHours },
        reviewerName: '审核员',
      });
      expect(decided).toEqual({ ok: true, value: await outboxDoc(local.db, decided) });
      if (decided.ok) made.push(decided.value.decisionId);
    }
    const report = await local.engine.syncNow();
    // Each decided claim comes back once, with the decision on it.
    expect(report).toEqual({
      ok: true,
      value: {
        pushed: { applied: pending.length, conflicts: 0, invalid: 0, heldBack: 0 },
        staff: 0,
        claims: pending.length,
        skipped: 0,
      },
    });
    const view = await serverDecisions(fixture);
    for (const id of made) expect(view.decisionIds.filter((d) => d === id)).toHaveLength(1);
    const settled = await local.db.decisions.find({ selector: { state: 'pending' } }).exec();
    expect(settled).toHaveLength(0);
    await local.close();
  });
});
