import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangeRequest,
  Claim,
  Decision,
  Staff,
  Transfer,
} from '../../shared/contract/index.ts';
import { integrityUntil } from '../db/integrity.ts';
import { account, decision, pullAll, startHarness, type Harness } from './harness.ts';
import { requestTools } from './requests-fixture.ts';

// README "Decisions added in 1.1", "Change requests (变更审核, 1.1)" and "Transfers (人员调转,
// 1.1)", line by line, over the seeder's requests of a unit of 60 staff.
let h: Harness;
let token: string;
let unitId: string;
beforeAll(async () => {
  h = await startHarness({ units: 2, staff: 60, claims: 150 });
  const a = account(h, 0);
  unitId = a.unitId;
  token = await h.ready(a);
  tools = requestTools(h, token, unitId);
});
afterAll(() => h.close());

let tools: ReturnType<typeof requestTools>;
const pull = <T extends { id: string; updatedAt: string }>(kind: string) => tools.pull<T>(kind);
const current = <T extends { id: string; updatedAt: string }>(kind: string) =>
  tools.current<T>(kind);
const push = (decisions: Decision[]) => tools.push(decisions);
const one = (d: Decision) => tools.one(d);
const onRequest: ReturnType<typeof requestTools>['onRequest'] = (...args) =>
  tools.onRequest(...args);
const activeStaff = () => tools.activeStaff();
const departmentChange = (person: Staff) => tools.departmentChange(person);
const submittedTransfer = (direction: 'in' | 'out') => tools.submittedTransfer(direction);

describe('1.1 pull: change requests and transfers', () => {
  it('pages change requests, transfers and projects in (updatedAt, id) order, each once, with the checkpoint rules of staff and claims', async () => {
    for (const kind of ['changes', 'transfers', 'projects']) {
      const all = await pull<ChangeRequest | Transfer>(kind);
      expect(all.length, kind).toBeGreaterThanOrEqual(3);
      const paged = await pullAll<ChangeRequest | Transfer>(
        h,
        token,
        `/units/${unitId}/${kind}`,
        2,
      );
      expect(paged).toEqual(all);
      expect(paged.every((d) => d.unitId === unitId)).toBe(true);
      const last = all.at(-1);
      const end = { updatedAt: last?.updatedAt ?? '', id: last?.id ?? '' };
      const query = `updatedAt=${encodeURIComponent(end.updatedAt)}&id=${encodeURIComponent(end.id)}`;
      const empty = await h.call('GET', `/units/${unitId}/${kind}?${query}`, { token });
      expect(empty.body).toEqual({ documents: [], checkpoint: end });
      expect((await h.call('GET', `/units/${unitId}/${kind}?limit=0`, { token })).status).toBe(400);
      const other = account(h, 1).unitId;
      expect((await h.call('GET', `/units/${other}/${kind}`, { token })).status).toBe(403);
    }
  });
});

describe('1.1 decisions on change requests and transfers', () => {
  it('answers invalid for reject without a reason, return and revoke on a change request or transfer', async () => {
    const [person] = await activeStaff();
    if (person === undefined) throw new Error('no active staff');
    const change = await departmentChange(person);
    const transfer = await submittedTransfer('out');
    const { reason: _none, ...bare } = onRequest('change', change, 'reject');
    const results = await push([
      bare,
      onRequest('change', change, 'return'),
      onRequest('transfer', transfer, 'revoke'),
      onRequest('transfer', transfer, 'reject', { reason: '   ' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect((await current<ChangeRequest>('changes')).get(change.id)).toEqual(change);
  });

  it('answers conflict with the current request when baseRevision is stale or it is no longer submitted', async () => {
    const [person] = await activeStaff();
    if (person === undefined) throw new Error('no active staff');
    const change = await departmentChange(person);
    const stale = await one(
      onRequest('change', { ...change, revision: change.revision + 3 }, 'approve'),
    );
    expect(stale).toMatchObject({ status: 'conflict', change });
    const decided = [...(await current<Transfer>('transfers')).values()].find(
      (t) => t.status !== 'submitted',
    );
    if (decided === undefined) throw new Error('seed has no decided transfer');
    expect(await one(onRequest('transfer', decided, 'reject'))).toMatchObject({
      status: 'conflict',
      transfer: decided,
    });
  });

  it('shares one decisionId space across kinds: the same id on another target is invalid, the same decision again duplicate', async () => {
    const [person] = await activeStaff();
    if (person === undefined) throw new Error('no active staff');
    const first = onRequest('change', await departmentChange(person), 'reject');
    expect((await one(first))?.status).toBe('applied');
    const claim = (await pull<Claim>('claims')).find((c) => c.status === 'submitted');
    const reused = decision({
      decisionId: first.decisionId,
      target: { kind: 'claim', id: claim?.id ?? '' },
      baseRevision: claim?.revision ?? 1,
    });
    expect((await push([reused, first])).map((r) => r.status)).toEqual(['invalid', 'duplicate']);
  });
});

describe('1.1 revoke and the integrity record', () => {
  const approvedClaim = async () => {
    const claim = (await pull<Claim>('claims')).find((c) => c.status === 'submitted');
    if (claim === undefined) throw new Error('no submitted claim');
    const result = await one(
      decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision }),
    );
    if (result?.claim === undefined) throw new Error('approval not applied');
    return result.claim;
  };
  const revoke = (claim: Claim, extra: Partial<Decision> = {}) =>
    decision({
      target: { kind: 'claim', id: claim.id },
      baseRevision: claim.revision,
      outcome: 'revoke',
      reason: '核实为虚假材料',
      ...extra,
    });

  it("takes back the unit's approval: unit_rejected, no creditedHours, the revoke in decision, a new revision", async () => {
    const claim = await approvedClaim();
    const { creditedHours: _hours, ...d } = revoke(claim);
    const result = await one(d);
    expect(result?.status).toBe('applied');
    const { creditedHours: _gone, ...rest } = claim;
    expect(result?.claim).toEqual({
      ...rest,
      status: 'unit_rejected',
      decision: {
        decisionId: d.decisionId,
        outcome: 'revoke',
        reason: '核实为虚假材料',
        reviewerName: d.reviewerName,
        decidedAt: d.decidedAt,
      },
      revision: claim.revision + 1,
      updatedAt: result?.claim?.updatedAt,
    });
    expect((await current<Claim>('claims')).get(claim.id)).toEqual(result?.claim);
  });

  it('answers conflict for a revoke of a claim not unit_approved (submitted, or the supervisor acted) or of a stale revision, and invalid without a reason', async () => {
    const claims = await pull<Claim>('claims');
    // Those the supervisor acted on, whichever the seed has, and one still submitted.
    const waiting = claims.find((c) => c.status === 'submitted');
    const acted = claims.filter(
      (c) => c.status === 'dept_approved' || c.status === 'dept_rejected',
    );
    if (waiting === undefined || acted.length === 0) throw new Error('seed lacks claims');
    const cases = [waiting, ...acted.slice(0, 2)].map((claim) => revoke(claim));
    const approved = await approvedClaim();
    const { reason: _none, ...noReason } = revoke(approved);
    const results = await push([
      ...cases,
      revoke({ ...approved, revision: approved.revision - 1 }),
      noReason,
    ]);
    expect(results.map((r) => r.status)).toEqual([
      ...cases.map(() => 'conflict'),
      'conflict',
      'invalid',
    ]);
  });

  it('records the claimant in the integrity record until the China Standard Time day plus 3 years when a reject or revoke carries the mark', async () => {
    const approved = await approvedClaim();
    const submitted = (await pull<Claim>('claims')).find((c) => c.status === 'submitted');
    if (submitted === undefined) throw new Error('no submitted claim');
    const staffBefore = await current<Staff>('staff');
    const results = await push([
      decision({
        target: { kind: 'claim', id: submitted.id },
        baseRevision: submitted.revision,
        outcome: 'reject',
        reason: '证书系伪造',
        integrityMark: true,
      }),
      revoke(approved, { integrityMark: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const staffAfter = await current<Staff>('staff');
    for (const [index, claim] of [submitted, approved].entries()) {
      const result = results[index];
      expect(result?.claim?.decision?.integrityMark).toBe(true);
      const person = staffAfter.get(claim.staffId);
      const record = person?.integrityRecords?.find((r) => r.claimId === claim.id);
      expect(record).toEqual({
        claimId: claim.id,
        recordedAt: result?.claim?.updatedAt,
        until: integrityUntil(Date.parse(result?.claim?.updatedAt ?? '')),
      });
      expect(person?.revision).toBeGreaterThan(staffBefore.get(claim.staffId)?.revision ?? 0);
    }
  });

  it('answers invalid for the integrity mark with an approval, a return, or a change request', async () => {
    const claim = (await pull<Claim>('claims')).find((c) => c.status === 'submitted');
    const [person] = await activeStaff();
    if (claim === undefined || person === undefined) throw new Error('no submitted claim');
    const change = await departmentChange(person);
    const target = { kind: 'claim' as const, id: claim.id };
    const results = await push([
      decision({ target, baseRevision: claim.revision, integrityMark: true }),
      decision({
        target,
        baseRevision: claim.revision,
        outcome: 'return',
        reason: '补充',
        integrityMark: true,
      }),
      onRequest('change', change, 'reject', { integrityMark: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid']);
  });
});
