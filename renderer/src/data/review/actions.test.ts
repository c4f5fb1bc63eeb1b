// Over 250 lines: one suite for every way a reviewer decides (claims, bulk, registrations, requests, revoke, undo).
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '#shared/errors/messages.ts';
import type { Result } from '#shared/errors/result.ts';
import { fakeClaim, fakeStaff } from '#shared/sheets/test-data.ts';
import { closeReviewerDatabase, type ReviewerDatabase } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createOutbox } from '../sync/outbox.ts';
import { createReviewActions, type Done } from './actions.ts';
import { createReviewStore } from './review-store.ts';

const hours = { public: 0, professional: 16 };

/** The result with its ids in order, so it can be compared whole whatever order RxDB kept. */
function sortedIds(result: Result<Done>): Result<Done> {
  if (!result.ok) return result;
  return {
    ok: true,
    value: { ...result.value, decisionIds: [...result.value.decisionIds].sort() },
  };
}
let opened: ReviewerDatabase | undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  if (opened !== undefined) await closeReviewerDatabase(opened);
  opened = undefined;
});

async function setUp() {
  const db = await openTestDatabase();
  opened = db;
  const outbox = createOutbox(db);
  const store = createReviewStore(db, 'shandong-2021');
  await store.load();
  const actions = createReviewActions({ outbox, store, reviewerName: '审核员甲' });
  const pendingIds = async () =>
    (await db.decisions.find({ selector: { state: 'pending' } }).exec()).map((d) => d.decisionId);
  return { db, outbox, store, actions, pendingIds };
}

describe('review actions', () => {
  it('writes a claim decision to the outbox and the snapshot when the decision is valid', async () => {
    const { actions, store, pendingIds } = await setUp();
    const claim = fakeClaim(1, 's-1');
    const result = await actions.decideClaim(claim, '张三', {
      outcome: 'approve',
      creditedHours: hours,
      integrityMark: false,
    });
    expect(result).toEqual({
      ok: true,
      value: { message: '已通过，待同步。', decisionIds: await pendingIds() },
    });
    expect(store.get().decisions.get(claim.id)?.payload.creditedHours).toEqual(hours);
  });

  it('refuses a return without a reason and writes nothing', async () => {
    const { actions, store, pendingIds } = await setUp();
    const version = store.get().version;
    const result = await actions.decideClaim(fakeClaim(1, 's-1'), '张三', {
      outcome: 'return',
      reason: '  ',
      integrityMark: false,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message: '退回必须填写原因。' },
    });
    expect(await pendingIds()).toEqual([]);
    expect(store.get().version).toBe(version);
  });

  it('approves a batch in one write and takes it back when asked', async () => {
    const { actions, store, pendingIds } = await setUp();
    const claims = [fakeClaim(1, 's-1'), fakeClaim(2, 's-2')];
    const made = await actions.approveAll(
      claims.map((claim) => ({ claim, staffName: '张三', creditedHours: hours })),
    );
    const written = (await pendingIds()).sort();
    expect(sortedIds(made)).toEqual({
      ok: true,
      value: { message: '已批量通过 2 条，待同步。', decisionIds: written },
    });
    expect(written).toHaveLength(2);
    const undone = await actions.undoAll(made.ok ? made.value.decisionIds : []);
    expect(sortedIds(undone)).toEqual({
      ok: true,
      value: { message: '已撤销 2 条', decisionIds: written },
    });
    expect(await pendingIds()).toEqual([]);
    expect(store.get().decisions.size).toBe(0);
  });

  it('takes back only what has not left, and says how many may be on the platform', async () => {
    const { actions, outbox, pendingIds } = await setUp();
    const claims = [fakeClaim(1, 's-1'), fakeClaim(2, 's-2')];
    const made = await actions.approveAll(
      claims.map((claim) => ({ claim, staffName: '张三', creditedHours: hours })),
    );
    const taken = await outbox.takeBatch(1, new Set());
    const sending = taken.ok ? taken.value.map((d) => d.decisionId) : [];
    expect(sending).toHaveLength(1);
    const undone = await actions.undoAll(made.ok ? made.value.decisionIds : []);
    expect(undone).toEqual({
      ok: true,
      value: {
        message: '已撤销 1 条；另有 1 条可能已提交省平台，未撤销，下次同步时会确认结果',
        decisionIds: (made.ok ? made.value.decisionIds : []).filter((id) => !sending.includes(id)),
      },
    });
    expect(await pendingIds()).toEqual([]);
  });

  it('says only what went wrong, and writes nothing, when one claim of a batch is refused', async () => {
    const { actions, pendingIds } = await setUp();
    const result = await actions.approveAll([
      { claim: fakeClaim(1, 's-1'), staffName: '张三', creditedHours: hours },
      {
        claim: fakeClaim(2, 's-2'),
        staffName: '李四',
        creditedHours: { public: -1, professional: 0 },
      },
    ]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message: '认定学时必须在 0 到 2000 之间。' },
    });
    expect(await pendingIds()).toEqual([]);
  });

  it('refuses a registration rejected without a reason, and words an approval', async () => {
    const { actions, pendingIds } = await setUp();
    const person = fakeStaff(3, { status: 'pending_registration' });
    expect(await actions.decideRegistration(person, 'reject', '')).toEqual({
      ok: false,
      error: { code: 'validation', message: '不通过必须填写原因。' },
    });
    const approved = await actions.decideRegistration(person, 'approve');
    expect(approved).toEqual({
      ok: true,
      value: {
        message: `已通过 ${person.name} 的注册，等待同步到平台。`,
        decisionIds: await pendingIds(),
      },
    });
  });

  it('decides a change request through the outbox; 不通过 needs a reason', async () => {
    const { actions, store, pendingIds } = await setUp();
    const request = {
      kind: 'change',
      id: 'r-1',
      revision: 2,
      staffId: 's-1',
      staffName: '张三',
      title: '变更身份证号',
    } as const;
    expect(await actions.decideRequest(request, 'reject', '  ')).toEqual({
      ok: false,
      error: { code: 'validation', message: '不通过必须填写原因。' },
    });
    const made = await actions.decideRequest(request, 'approve');
    expect(made).toEqual({
      ok: true,
      value: { message: '已通过 张三 的变更身份证号，待同步。', decisionIds: await pendingIds() },
    });
    expect(store.get().decisions.get('r-1')?.payload).toMatchObject({
      target: { kind: 'change', id: 'r-1' },
      baseRevision: 2,
      outcome: 'approve',
    });
  });

  it('revokes an approval with the 诚信档案 mark in the payload, and refuses it without a reason', async () => {
    const { actions, store } = await setUp();
    const claim = fakeClaim(1, 's-1');
    expect(
      await actions.revokeApproval(claim, '张三', { reason: '', integrityMark: true }),
    ).toEqual({
      ok: false,
      error: { code: 'validation', message: '撤销通过必须填写原因。' },
    });
    const made = await actions.revokeApproval(claim, '张三', {
      reason: '证书伪造',
      integrityMark: true,
    });
    expect(made.ok && made.value.message).toBe('已撤销通过，记入诚信档案，待同步。');
    expect(store.get().decisions.get(claim.id)?.payload).toMatchObject({
      outcome: 'revoke',
      reason: '证书伪造',
      integrityMark: true,
    });
  });

  it('takes back one decision once, and says so when it is already gone', async () => {
    const { actions, store } = await setUp();
    const made = await actions.decideClaim(fakeClaim(1, 's-1'), '张三', {
      outcome: 'reject',
      reason: '证明材料经核实不属实',
      integrityMark: true,
    });
    const [id = ''] = made.ok ? made.value.decisionIds : [];
    expect(await actions.undo(id)).toEqual({
      ok: true,
      value: { message: '已撤销', decisionIds: [id] },
    });
    expect(store.get().decisions.size).toBe(0);
    expect(await actions.undo(id)).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: '找不到这条审核记录。',
        onPlatform: 'no',
        instead: 'none',
      },
    });
  });

  it('says the disk is full, keeps nothing half-written, and saves once there is room', async () => {
    const { actions, store, pendingIds } = await setUp();
    const claim = fakeClaim(1, 's-1');
    const decision = {
      outcome: 'return',
      reason: '请补充盖章的证明',
      integrityMark: false,
    } as const;
    // What the browser does when the origin's quota is used up: every write is refused.
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const refused = await actions.decideClaim(claim, '张三', decision);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'storage_full',
        message: errorMessages.storage_full,
        detail: expect.stringContaining('QuotaExceededError') as string,
      },
    });
    full.mockRestore();
    expect(await pendingIds()).toEqual([]);
    expect(store.get().decisions.size).toBe(0);

    const saved = await actions.decideClaim(claim, '张三', decision);
    expect(saved).toEqual({
      ok: true,
      value: { message: '已退回，待同步。', decisionIds: await pendingIds() },
    });
    expect(store.get().decisions.get(claim.id)?.payload.reason).toBe('请补充盖章的证明');
  });
});
