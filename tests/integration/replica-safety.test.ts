import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '#shared/contract/index.ts';
import type { ReviewerDatabase } from '../../renderer/src/data/db/database.ts';
import { fetchEvidence, localEvidence } from '../../renderer/src/data/sync/evidence.ts';
import { createOutbox } from '../../renderer/src/data/sync/outbox.ts';
import { pushOutbox } from '../../renderer/src/data/sync/push.ts';
import { createSyncEngine } from '../../renderer/src/data/sync/sync-engine.ts';
import { countPending, readSyncStatus } from '../../renderer/src/data/sync/sync-status.ts';
import { serverTime, startFakeProvincial, type FakeProvincial } from './fake-provincial.ts';
import {
  clientOf,
  closeReviewerDatabase,
  goodClaim,
  goodStaff,
  idNumberOf,
  noWait,
  openReplica,
  outboxDoc,
  phoneOf,
  pull,
  unitId,
  rawRecords,
} from './replica-fixture.ts';

const chinese = /[\u4e00-\u9fff]/;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('offline replica safety', () => {
  let server: FakeProvincial;
  let db: ReviewerDatabase;
  let replica: string;
  let clock = 0;

  const putStaff = (n: number, extra: Parameters<typeof goodStaff>[2] = {}) => {
    clock += 1;
    const document = goodStaff(n, clock, extra);
    server.records.staff.push({
      key: { updatedAt: document.updatedAt, id: document.id },
      document,
    });
  };
  const putClaim = (n: number, extra: Parameters<typeof goodClaim>[2] = {}) => {
    clock += 1;
    const document = goodClaim(n, clock, extra);
    server.records.claims.push({
      key: { updatedAt: document.updatedAt, id: document.id },
      document,
    });
  };

  beforeEach(async () => {
    server = await startFakeProvincial(unitId);
    clock = 0;
    replica = `safety-${String(Date.now())}-${String(Math.random()).slice(2, 8)}`;
    db = await openReplica(replica);
  });

  afterEach(async () => {
    await closeReviewerDatabase(db);
    await server.close();
  });

  it('keeps only evidence whose size and sha256 match the claim when files are fetched', async () => {
    const good = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...randomBytes(200_000)]);
    const tampered = Uint8Array.from(good, (b, i) => (i === 5000 ? b ^ 1 : b));
    const longer = randomBytes(1001);
    const attachment = (id: string, bytes: Uint8Array, over: Partial<Attachment> = {}) => ({
      id,
      fileName: `${id}.pdf`,
      mimeType: 'application/pdf' as const,
      size: bytes.byteLength,
      sha256: sha256(bytes),
      ...over,
    });
    server.attachments.set('a-good', good);
    server.attachments.set('a-tampered', tampered);
    server.attachments.set('a-size', longer);
    server.attachments.set('a-huge', randomBytes(10));
    putClaim(1, {
      attachments: [attachment('a-good', good), attachment('a-tampered', good)],
    });
    putClaim(2, {
      attachments: [
        attachment('a-size', longer, { size: 1000 }),
        attachment('a-huge', randomBytes(10), { size: 20 * 1024 * 1024 + 1 }),
      ],
    });
    expect(await pull(db, server, 'claims', 5)).toEqual({
      ok: true,
      value: { received: 2, skipped: 0 },
    });

    const summary = await fetchEvidence(db, clientOf(server), noWait);
    expect(summary).toEqual({ fetched: 1, failed: 3 });
    // A file declared over 20 MiB is never even asked for.
    expect(server.attachmentRequests.sort()).toEqual(['a-good', 'a-size', 'a-tampered']);
    expect((await db.evidence.find().exec()).map((doc) => doc.id)).toEqual(['a-good']);

    const kept = await localEvidence(db, 'a-good', sha256(good));
    expect(kept).not.toBeNull();
    expect(new Uint8Array((await kept?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(good);
    expect(await localEvidence(db, 'a-tampered', sha256(good))).toBeNull();
    expect(await localEvidence(db, 'a-size', sha256(longer))).toBeNull();
    expect(await localEvidence(db, 'a-good', sha256(tampered))).toBeNull();
  });

  it('stores no 身份证号 or phone number in clear when staff are pulled', async () => {
    for (const n of [1, 2, 3]) putStaff(n);
    expect(await pull(db, server, 'staff', 5)).toEqual({
      ok: true,
      value: { received: 3, skipped: 0 },
    });
    const person = await db.staff.findOne('s-2').exec();
    expect(person?.idNumber).toBe(idNumberOf(2));
    expect(person?.phone).toBe(phoneOf(2));

    await closeReviewerDatabase(db);
    const raw = await rawRecords(replica);
    // The dump does hold the records: names are not encrypted.
    expect(raw).toContain('职工2');
    for (const n of [1, 2, 3]) {
      expect(raw).not.toContain(idNumberOf(n));
      expect(raw).not.toContain(idNumberOf(n).slice(0, 17));
      expect(raw).not.toContain(phoneOf(n));
    }
    db = await openReplica(replica);
    expect((await db.staff.findOne('s-3').exec())?.idNumber).toBe(idNumberOf(3));
  });

  it('stores no 身份证号 or phone number in clear when a registration decision comes back as a conflict', async () => {
    putStaff(9, { status: 'pending_registration' });
    expect(await pull(db, server, 'staff', 5)).toEqual({
      ok: true,
      value: { received: 1, skipped: 0 },
    });
    const outbox = createOutbox(db);
    const made = await outbox.decideRegistration({
      staff: { id: 's-9', revision: 1, name: '职工9' },
      outcome: 'approve',
      reviewerName: '审核员',
    });
    expect(made).toEqual({ ok: true, value: await outboxDoc(db, made) });
    // Meanwhile the platform activated the person itself; it answers with the current record.
    server.decide = (decisions) => ({
      status: 200,
      body: {
        results: decisions.map((d) => ({
          decisionId: d.decisionId,
          status: 'conflict',
          staff: goodStaff(9, 50, { revision: 2 }),
        })),
      },
    });
    const pushed = await pushOutbox(db, outbox, clientOf(server), { unitId, retry: noWait });
    expect(pushed.ok && pushed.value.conflicts).toBe(1);

    await closeReviewerDatabase(db);
    const raw = await rawRecords(replica);
    expect(raw).toContain('职工9');
    expect(raw).not.toContain(idNumberOf(9));
    expect(raw).not.toContain(phoneOf(9));
    db = await openReplica(replica);
  });

  it('refuses to open the replica when the key is wrong', async () => {
    putStaff(1);
    expect(await pull(db, server, 'staff', 5)).toEqual({
      ok: true,
      value: { received: 1, skipped: 0 },
    });
    await closeReviewerDatabase(db);
    await expect(openReplica(replica, 'b'.repeat(64))).rejects.toThrow();
    db = await openReplica(replica);
    expect((await db.staff.findOne('s-1').exec())?.idNumber).toBe(idNumberOf(1));
  });

  it('keeps the last success and the pending decisions over a restart when a sync fails', async () => {
    putStaff(1);
    for (const n of [1, 2, 3, 4]) putClaim(n);
    const engineFor = (database: ReviewerDatabase) =>
      createSyncEngine({
        db: database,
        client: clientOf(server),
        outbox: createOutbox(database),
        unitId,
        serverNow: () => Date.parse(serverTime(clock)),
        pageSize: 5,
        fetchEvidence: false,
        retry: noWait,
      });
    const decide = async (database: ReviewerDatabase, claimId: string) => {
      const claim = await database.claims.findOne(claimId).exec();
      if (claim === null) throw new Error(`${claimId} is not in the replica`);
      const made = await createOutbox(database).decideClaim({
        claim: claim.toJSON(),
        staffName: '职工1',
        outcome: 'approve',
        creditedHours: { public: 0, professional: claim.claimedHours },
        reviewerName: '审核员',
      });
      expect(made).toEqual({ ok: true, value: await outboxDoc(database, made) });
    };

    expect(await engineFor(db).syncNow()).toEqual({
      ok: true,
      value: {
        pushed: { applied: 0, conflicts: 0, invalid: 0, heldBack: 0 },
        staff: 1,
        claims: 4,
        skipped: 0,
      },
    });
    await decide(db, 'c-1');
    // The fake platform keeps the claim as it was: nothing new comes down.
    expect(await engineFor(db).syncNow()).toEqual({
      ok: true,
      value: {
        pushed: { applied: 1, conflicts: 0, invalid: 0, heldBack: 0 },
        staff: 0,
        claims: 0,
        skipped: 0,
      },
    });
    const succeeded = await readSyncStatus(db);
    expect(succeeded.lastSuccessAt).not.toBeNull();
    expect(succeeded.lastError).toBeNull();
    await closeReviewerDatabase(db);
    db = await openReplica(replica);
    expect(await readSyncStatus(db)).toEqual(succeeded);

    await decide(db, 'c-2');
    await decide(db, 'c-3');
    server.decide = () => ({
      status: 503,
      headers: { 'Retry-After': '0' },
      body: { type: 'about:blank', title: 'maintenance', status: 503 },
    });
    expect(await engineFor(db).syncNow()).toEqual({
      ok: false,
      error: {
        reason: 'gave-up',
        failure: {
          kind: 'http',
          status: 503,
          problemType: 'about:blank',
          title: 'maintenance',
          retryAfterSeconds: 0,
        },
      },
    });
    const busy = await readSyncStatus(db);
    expect(busy.lastError).toMatch(chinese);
    expect(busy.lastSuccessAt).toBe(succeeded.lastSuccessAt);

    await server.close();
    expect(await engineFor(db).syncNow()).toEqual({
      ok: false,
      error: {
        reason: 'gave-up',
        failure: { kind: 'network', message: 'TypeError: fetch failed' },
      },
    });
    const offline = await readSyncStatus(db);
    expect(offline.lastError).toMatch(chinese);
    expect(offline.lastError).not.toBe(busy.lastError);
    expect(offline.online).toBe(false);

    await closeReviewerDatabase(db);
    db = await openReplica(replica);
    expect(await readSyncStatus(db)).toEqual(offline);
    expect(await countPending(db)).toBe(2);
    // Sent, and no answer read: they may be on the platform, so they stay `sending` (not undoable)
    // until a sync reads the platform's answer.
    const states = (await db.decisions.find().exec()).map((d) => d.state).sort();
    expect(states).toEqual(['applied', 'sending', 'sending']);
  });
});
