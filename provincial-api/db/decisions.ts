import type { Claim, Decision, DecisionResult, Staff } from '../../shared/contract/index.ts';
import { stamp } from './clock.ts';
import type { Database, Sql } from './database.ts';
import { readForUpdate, writeRevision } from './records.ts';

const maxHours = 2000;

/** Key order fixed, so the same decision always compares equal however it was written. */
function canonical(decision: Decision): string {
  const sortKeys = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortKeys(v)]),
        )
      : value;
  return JSON.stringify(sortKeys(decision));
}

/** The README's `invalid` rules that need no database, in Chinese; undefined when none is broken. */
export function contentProblem(decision: Decision): string | undefined {
  const { outcome, target, creditedHours, reason } = decision;
  if (outcome === 'return' && target.kind === 'registration') {
    return '注册审核不能退回，只能通过或不通过。';
  }
  if ((outcome === 'reject' || outcome === 'return') && (reason ?? '').trim() === '') {
    return '不通过或退回必须填写原因。';
  }
  if (outcome === 'approve' && target.kind === 'claim' && creditedHours === undefined) {
    return '通过学时申报必须给出认定学时（creditedHours）。';
  }
  if (creditedHours !== undefined) {
    for (const hours of [creditedHours.public, creditedHours.professional]) {
      if (!(hours >= 0 && hours <= maxHours)) return `认定学时必须在 0 到 ${maxHours} 之间。`;
    }
  }
  return undefined;
}

const invalid = (decisionId: string, detail: string): DecisionResult => ({
  decisionId,
  status: 'invalid',
  detail,
});

async function judgeClaim(
  tx: Sql,
  unitId: string,
  d: Decision,
  stampMs: number,
): Promise<DecisionResult> {
  const claim = await readForUpdate<Claim>(tx, 'claims', d.target.id);
  if (claim?.unitId !== unitId)
    return invalid(d.decisionId, `本单位没有编号为 ${d.target.id} 的学时申报。`);
  if (claim.revision !== d.baseRevision || claim.status !== 'submitted' || claim.deleted) {
    return { decisionId: d.decisionId, status: 'conflict', claim };
  }
  const status =
    d.outcome === 'approve'
      ? 'unit_approved'
      : d.outcome === 'reject'
        ? 'unit_rejected'
        : 'returned';
  const { creditedHours: _previous, ...rest } = claim;
  const next: Claim = {
    ...rest,
    status,
    ...(d.outcome === 'approve' && d.creditedHours !== undefined
      ? { creditedHours: { ...d.creditedHours } }
      : {}),
    decision: {
      decisionId: d.decisionId,
      outcome: d.outcome,
      ...(d.reason === undefined ? {} : { reason: d.reason }),
      reviewerName: d.reviewerName,
      decidedAt: d.decidedAt,
    },
  };
  return {
    decisionId: d.decisionId,
    status: 'applied',
    claim: await writeRevision(tx, 'claims', next, stampMs),
  };
}

async function judgeRegistration(
  tx: Sql,
  unitId: string,
  d: Decision,
  stampMs: number,
): Promise<DecisionResult> {
  const staff = await readForUpdate<Staff>(tx, 'staff', d.target.id);
  if (staff?.unitId !== unitId)
    return invalid(d.decisionId, `本单位没有编号为 ${d.target.id} 的人员。`);
  if (
    staff.revision !== d.baseRevision ||
    staff.status !== 'pending_registration' ||
    staff.deleted
  ) {
    return { decisionId: d.decisionId, status: 'conflict', staff };
  }
  // Approval activates the person; rejection removes the registration, as a tombstone.
  const next: Staff =
    d.outcome === 'approve' ? { ...staff, status: 'active' } : { ...staff, deleted: true };
  return {
    decisionId: d.decisionId,
    status: 'applied',
    staff: await writeRevision(tx, 'staff', next, stampMs),
  };
}

/**
 * Judges one decision in its own transaction: the idempotency record and the target's new
 * revision commit together or not at all, so a crash between decisions leaves each decision
 * either fully applied or untouched.
 */
export function judgeDecision(
  db: Database,
  unitId: string,
  d: Decision,
  nowMs: number,
): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const stampMs = await stamp(tx, nowMs);
    const seen = await tx.query<{ content: string }>(
      'SELECT content FROM decisions WHERE decision_id = $1',
      [d.decisionId],
    );
    const content = canonical(d);
    const earlier = seen[0];
    if (earlier !== undefined) {
      return earlier.content === content
        ? { decisionId: d.decisionId, status: 'duplicate' }
        : invalid(
            d.decisionId,
            '这个 decisionId 已用于另一项内容不同的决定，请为新决定生成新的编号。',
          );
    }
    const problem = contentProblem(d);
    if (problem !== undefined) return invalid(d.decisionId, problem);
    const result =
      d.target.kind === 'claim'
        ? await judgeClaim(tx, unitId, d, stampMs)
        : await judgeRegistration(tx, unitId, d, stampMs);
    if (result.status === 'applied') {
      await tx.query('INSERT INTO decisions VALUES ($1, $2, $3, $4)', [
        d.decisionId,
        unitId,
        content,
        stampMs,
      ]);
    }
    return result;
  });
}
