import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewerDatabase } from '../../renderer/src/data/db/database.ts';
import type { DecisionDoc } from '../../renderer/src/data/db/schemas.ts';
import { heldBackDetail, heldBackMessage } from '../../renderer/src/data/sync/messages.ts';
import { createOutbox, type Outbox } from '../../renderer/src/data/sync/outbox.ts';
import { createSyncEngine } from '../../renderer/src/data/sync/sync-engine.ts';
import { readSyncStatus } from '../../renderer/src/data/sync/sync-status.ts';
import type { RetryOptions } from '../../renderer/src/data/sync/with-retry.ts';
import { serverTime, startFakeProvincial, type FakeProvincial } from './fake-provincial.ts';
import {
  clientOf,
  closeReviewerDatabase,
  goodClaim,
  goodStaff,
  openReplica,
  unitId,
} from './replica-fixture.ts';

/** The platform's idempotency by decisionId, as the reference server keeps it. */
function platform(server: FakeProvincial) {
  const held: string[] = [];
  const answer = (decisions: readonly { decisionId: string }[]) => ({
    status: 200,
    body: {
      results: decisions.map(({ decisionId }) => {
        const repeat = held.includes(decisionId);
        if (!repeat) held.push(decisionId);
        return { decisionId, status: repeat ? 'duplicate' : 'applied' };
      }),
    },
  });
  server.decide = answer;
  return { held, answer };
}

const maybeOnPlatform = (message: string) => ({
  ok: false,
  error: {
    code: 'conflict',
    message,
    onPlatform: 'maybe',
    instead: 'await-sync',
  },
});
const mayBeSent =
  '该审核结果可能已提交省平台，不能在本机撤销。下次同步时会确认省平台是否已接收；如已接收，可再对该申报办理“撤销通过”。';

describe('push under undo and faults', () => {
  let server: FakeProvincial;
  let db: ReviewerDatabase;
  let outbox: Outbox;
  let clock = 0;

  const putClaim = (n: number) => {
    clock += 1;
    const document = goodClaim(n, clock);
    server.records.claims.push({
      key: { updatedAt: document.updatedAt, id: document.id },
      document,
    });
  };
  const engine = (retry: Partial<RetryOptions> = {}) =>
    createSyncEngine({
      db,
      client: clientOf(server),
      outbox,
      unitId,
      serverNow: () => Date.parse(serverTime(clock)),
      batchSize: 1,
      fetchEvidence: false,
      retry: { maxAttempts: 3, sleep: () => Promise.resolve(), ...retry },
    });
  const approve = async (claimId: string): Promise<string> => {
    const claim = await db.claims.findOne(claimId).exec();
    if (claim === null) throw new Error(`${claimId} is not in the replica`);
    const made = await outbox.decideClaim({
      claim: claim.toJSON(),
      staffName: '职工1',
      outcome: 'approve',
      creditedHours: { public: 0, professional: 8 },
      reviewerName: '审核员',
    });
    if (!made.ok) throw new Error(made.error.message);
    return made.value.decisionId;
  };
  const states = async () =>
    Object.fromEntries(
      (await db.decisions.find().exec()).map((d) => [d.decisionId, d.state] as const),
    );

  beforeEach(async () => {
    server = await startFakeProvincial(unitId);
    clock = 1;
    const staff = goodStaff(1, clock);
    server.records.staff.push({
      key: { updatedAt: staff.updatedAt, id: staff.id },
      document: staff,
    });
    for (const n of [1, 2, 3, 4]) putClaim(n);
    db = await openReplica(`push-${String(Date.now())}-${String(Math.random()).slice(2, 8)}`);
    outbox = createOutbox(db);
    expect((await engine().syncNow()).ok).toBe(true);
  });

  afterEach(async () => {
    await closeReviewerDatabase(db);
    await server.close();
  });

  it('never sends a decision undone while an earlier batch is in flight, and refuses to undo the one in flight', async () => {
    const { held, answer } = platform(server);
    const [first, second, third] = [
      await approve('c-1'),
      await approve('c-2'),
      await approve('c-3'),
    ];
    const undos: unknown[] = [];
    server.decide = async (decisions) => {
      if (decisions[0]?.decisionId === first) {
        undos.push(await outbox.undo(second, '审核员'), await outbox.undo(first, '审核员'));
      }
      return answer(decisions);
    };
    expect(await engine().syncNow()).toEqual({
      ok: true,
      value: {
        pushed: { applied: 2, conflicts: 0, invalid: 0, heldBack: 0 },
        staff: 0,
        claims: 0,
        skipped: 0,
      },
    });
    expect(undos).toEqual([{ ok: true, value: undefined }, maybeOnPlatform(mayBeSent)]);
    expect(held).toEqual([first, third]);
    expect(await states()).toEqual({ [first]: 'applied', [third]: 'applied' });
    // Now the platform holds it: what is left is revoking the approval there.
    expect(await outbox.undo(first, '审核员')).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '该审核结果已提交省平台，不能在本机撤销；如需撤回这条通过，请对该申报办理“撤销通过”。',
        onPlatform: 'yes',
        instead: 'revoke',
      },
    });
  });

  it('keeps a decision whose answer was lost as possibly on the platform, and learns its fate at the next sync', async () => {
    const { held, answer } = platform(server);
    const decisionId = await approve('c-1');
    let lose = true;
    server.decide = (decisions) => {
      const answered = answer(decisions);
      if (!lose) return answered;
      lose = false;
      return { ...answered, lost: true };
    };
    const undos: unknown[] = [];
    const sync = engine({
      sleep: async () => {
        undos.push(await outbox.undo(decisionId, '审核员'));
      },
    });
    expect((await sync.syncNow()).ok).toBe(true);
    expect(undos).toEqual([maybeOnPlatform(mayBeSent)]);
    expect(held).toEqual([decisionId]);
    expect(await states()).toEqual({ [decisionId]: 'duplicate' });
  });

  it('holds back only the decision whose result is malformed, says why, and still pulls', async () => {
    const { held, answer } = platform(server);
    const [good, broken] = [await approve('c-1'), await approve('c-2')];
    server.decide = (decisions) =>
      decisions[0]?.decisionId === broken
        ? { status: 200, body: { results: [{ decisionId: broken, status: 'maybe' }] } }
        : answer(decisions);
    putClaim(5);
    const sync = engine();
    expect(await sync.syncNow()).toEqual({
      ok: true,
      value: {
        pushed: { applied: 1, conflicts: 0, invalid: 0, heldBack: 1 },
        staff: 0,
        claims: 1,
        skipped: 0,
      },
    });
    expect(await states()).toEqual({ [good]: 'applied', [broken]: 'sending' });
    const kept = (await db.decisions.findOne(broken).exec())?.toJSON() as DecisionDoc;
    expect(kept.detail).toBe(
      heldBackDetail(
        '接口数据不符合规范：审核结果答复 的 status 字段取值不在允许范围内（应为 applied、duplicate、conflict、invalid 之一）',
      ),
    );
    expect((await readSyncStatus(db)).lastError).toBe(heldBackMessage(1));
    expect(await db.claims.findOne('c-5').exec()).not.toBeNull();

    server.decide = answer;
    expect((await sync.syncNow()).ok).toBe(true);
    expect(await states()).toEqual({ [good]: 'applied', [broken]: 'applied' });
    expect(held).toEqual([good, broken]);
  });

  it('pulls when the push fails, and pushes and pulls claims when the staff pull fails', async () => {
    const decisionId = await approve('c-1');
    server.decide = () => ({ status: 200, body: { answers: [] } });
    putClaim(6);
    const sync = engine();
    expect(await sync.syncNow()).toEqual({
      ok: false,
      error: { reason: 'refused', failure: { kind: 'malformed', message: 'results' } },
    });
    expect(await db.claims.findOne('c-6').exec()).not.toBeNull();
    expect((await readSyncStatus(db)).lastError).toBe(
      '上传审核结果：省平台返回的数据格式不正确，此项已停止，其余照常；请稍后重试或联系省平台。',
    );

    const { held } = platform(server);
    server.pageHook = (collection, page) => (collection === 'staff' ? { broken: true } : page);
    putClaim(7);
    expect(await sync.syncNow()).toEqual({
      ok: false,
      error: {
        reason: 'refused',
        failure: { kind: 'malformed', message: 'documents, checkpoint' },
      },
    });
    expect(held).toEqual([decisionId]);
    expect(await db.claims.findOne('c-7').exec()).not.toBeNull();
    expect((await readSyncStatus(db)).lastError).toBe(
      '下载人员信息：省平台返回的数据格式不正确，此项已停止，其余照常；请稍后重试或联系省平台。',
    );
  });
});
