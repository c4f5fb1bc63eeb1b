import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Decision, DecisionResult, Staff } from '../../shared/contract/index.ts';
import { account, decision, pullAll, startHarness, type Harness } from './harness.ts';

// README "Push (decisions)", line by line.
let h: Harness;
let token: string;
let unitId: string;
let claims: Claim[];
let staff: Staff[];
beforeAll(async () => {
  h = await startHarness({ units: 2, staff: 80, claims: 300 });
  const a = account(h, 0);
  unitId = a.unitId;
  token = await h.ready(a);
  claims = await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000);
  staff = await pullAll<Staff>(h, token, `/units/${unitId}/staff`, 1000);
});
afterAll(() => h.close());

const submitted = (() => {
  let next = 0;
  return (): Claim => {
    const found = claims.filter((c) => c.status === 'submitted')[next++];
    if (found === undefined) throw new Error('seed ran out of submitted claims');
    return found;
  };
})();
const push = async (decisions: unknown[]) => {
  const reply = await h.call('POST', `/units/${unitId}/decisions`, { token, body: { decisions } });
  expect(reply.status).toBe(200);
  return (reply.body as { results: DecisionResult[] }).results;
};
const one = async (d: Decision) => {
  const [result] = await push([d]);
  if (result === undefined) throw new Error('no result');
  return result;
};
const claimNow = async (id: string) =>
  (await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000))
    .filter((c) => c.id === id)
    .at(-1);

describe('decisions: applied', () => {
  it('approves a submitted claim: unit_approved, decision and creditedHours stored, new revision', async () => {
    const claim = submitted();
    const d = decision({
      target: { kind: 'claim', id: claim.id },
      baseRevision: claim.revision,
      creditedHours: { public: 2, professional: 6.5 },
    });
    const result = await one(d);
    expect(result.status).toBe('applied');
    expect(result.claim).toMatchObject({
      status: 'unit_approved',
      revision: claim.revision + 1,
      creditedHours: { public: 2, professional: 6.5 },
    });
    expect(result.claim?.decision).toEqual({
      decisionId: d.decisionId,
      outcome: 'approve',
      reviewerName: d.reviewerName,
      decidedAt: d.decidedAt,
    });
    expect(await claimNow(claim.id)).toEqual(result.claim);
  });

  it('sets unit_rejected or returned with the reason when rejecting or returning', async () => {
    for (const [outcome, status] of [
      ['reject', 'unit_rejected'],
      ['return', 'returned'],
    ] as const) {
      const claim = submitted();
      const result = await one(
        decision({
          target: { kind: 'claim', id: claim.id },
          baseRevision: claim.revision,
          outcome,
          reason: '缺少考核证明',
        }),
      );
      expect(result.status).toBe('applied');
      expect(result.claim?.status).toBe(status);
      expect(result.claim?.decision?.reason).toBe('缺少考核证明');
      expect(result.claim?.creditedHours).toBeUndefined();
    }
  });

  it('makes the staff record active when a registration is approved', async () => {
    const pending = staff.find((s) => s.status === 'pending_registration');
    if (pending === undefined) throw new Error('seed has no pending registration');
    const { creditedHours: _none, ...approve } = decision({
      target: { kind: 'registration', id: pending.id },
      baseRevision: pending.revision,
    });
    const result = await one(approve);
    expect(result.status).toBe('applied');
    expect(result.staff).toMatchObject({
      id: pending.id,
      status: 'active',
      revision: pending.revision + 1,
      deleted: false,
    });
  });
});

describe('decisions: idempotency', () => {
  it('answers duplicate and changes nothing when an applied decisionId is sent again, however often', async () => {
    const claim = submitted();
    const d = decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision });
    expect((await one(d)).status).toBe('applied');
    const after = await claimNow(claim.id);
    const again = await push([d, d, { ...d, target: { ...d.target } }]);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await claimNow(claim.id)).toEqual(after);
  });

  it('answers invalid when the same decisionId comes with different content', async () => {
    const claim = submitted();
    const d = decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision });
    expect((await one(d)).status).toBe('applied');
    const result = await one({ ...d, creditedHours: { public: 0, professional: 1 } });
    expect(result.status).toBe('invalid');
    expect(result.detail).toContain('decisionId');
  });
});

describe('decisions: conflict', () => {
  it('answers conflict with the current claim when baseRevision is stale', async () => {
    const claim = submitted();
    const result = await one(
      decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision + 5 }),
    );
    expect(result.status).toBe('conflict');
    expect(result.claim).toEqual(await claimNow(claim.id));
  });

  it('answers conflict when the target no longer waits for the unit (decided, withdrawn, recorded)', async () => {
    for (const status of ['unit_approved', 'withdrawn', 'recorded'] as const) {
      const claim = claims.find((c) => c.status === status);
      if (claim === undefined) throw new Error(`seed has no ${status} claim`);
      const result = await one(
        decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision }),
      );
      expect(result.status, status).toBe('conflict');
      expect(result.claim?.status).toBe(status);
    }
    const active = staff.find((s) => s.status === 'active');
    if (active === undefined) throw new Error('no active staff');
    const registration = await one(
      decision({
        target: { kind: 'registration', id: active.id },
        baseRevision: active.revision,
        outcome: 'reject',
        reason: '重复注册',
      }),
    );
    expect(registration.status).toBe('conflict');
    expect(registration.staff?.id).toBe(active.id);
  });

  it('judges decisions one by one in order, so a second decision on the same revision conflicts', async () => {
    const claim = submitted();
    const first = decision({
      target: { kind: 'claim', id: claim.id },
      baseRevision: claim.revision,
    });
    const second = decision({
      target: { kind: 'claim', id: claim.id },
      baseRevision: claim.revision,
      outcome: 'reject',
      reason: '重复',
    });
    const results = await push([first, second]);
    expect(results.map((r) => [r.decisionId, r.status])).toEqual([
      [first.decisionId, 'applied'],
      [second.decisionId, 'conflict'],
    ]);
  });
});

describe('decisions: invalid', () => {
  it('answers invalid for each rule of the README and still applies the valid ones in the batch', async () => {
    const claim = submitted();
    const other = account(h, 1).unitId;
    const otherClaimId = `${other}-C0000001`;
    const pending = staff.find((s) => s.status === 'pending_registration' && s.revision === 1);
    const target = { kind: 'claim' as const, id: claim.id };
    const { creditedHours: _dropped, ...approveWithoutHours } = decision({
      target,
      baseRevision: claim.revision,
    });
    const cases: Decision[] = [
      approveWithoutHours,
      decision({ target, baseRevision: claim.revision, outcome: 'reject', reason: '   ' }),
      decision({ target, baseRevision: claim.revision, outcome: 'return' }),
      decision({
        target: { kind: 'registration', id: pending?.id ?? 'none' },
        baseRevision: 1,
        outcome: 'return',
        reason: '补充材料',
      }),
      decision({ target: { kind: 'claim', id: otherClaimId }, baseRevision: 1 }),
      decision({ target: { kind: 'claim', id: 'no-such-claim' }, baseRevision: 1 }),
      decision({
        target,
        baseRevision: claim.revision,
        creditedHours: { public: 0, professional: 2000.5 },
      }),
      decision({
        target,
        baseRevision: claim.revision,
        creditedHours: { public: -1, professional: 2 },
      }),
    ];
    const valid = decision({ target, baseRevision: claim.revision });
    const results = await push([...cases, valid]);
    expect(results.map((r) => r.decisionId)).toEqual([...cases, valid].map((d) => d.decisionId));
    expect(results.slice(0, cases.length).map((r) => r.status)).toEqual(cases.map(() => 'invalid'));
    expect(results.every((r) => r.status !== 'invalid' || (r.detail ?? '').length > 0)).toBe(true);
    expect(results.at(-1)?.status).toBe('applied');
  });

  it('answers 400 for a batch of 0 or 201 decisions, or with an unknown field anywhere', async () => {
    const claim = submitted();
    const d = decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision });
    const bodies = [
      { decisions: [] },
      { decisions: Array.from({ length: 201 }, () => ({ ...d, decisionId: randomUUID() })) },
      { decisions: [d], dryRun: true },
      { decisions: [{ ...d, comment: 'x' }] },
      { decisions: [{ ...d, target: { ...d.target, unitId } }] },
      { decisions: [{ ...d, decisionId: 'not-a-uuid' }] },
    ];
    for (const body of bodies) {
      const reply = await h.call('POST', `/units/${unitId}/decisions`, { token, body });
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await claimNow(claim.id))?.revision).toBe(claim.revision);
  });
});
