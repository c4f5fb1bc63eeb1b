import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewerDatabase } from '../../renderer/src/data/db/database.ts';
import { busyWaitMessage, stoppedWaitingMessage } from '../../renderer/src/data/sync/messages.ts';
import { createOutbox } from '../../renderer/src/data/sync/outbox.ts';
import { partNames } from '../../renderer/src/data/sync/sync-parts.ts';
import { createSyncEngine } from '../../renderer/src/data/sync/sync-engine.ts';
import { readSyncStatus } from '../../renderer/src/data/sync/sync-status.ts';
import { serverTime, startFakeProvincial, type FakeProvincial } from './fake-provincial.ts';
import {
  clientOf,
  closeReviewerDatabase,
  goodClaim,
  goodStaff,
  openReplica,
  unitId,
} from './replica-fixture.ts';

const fifteenMinutes = 15 * 60_000;

describe('a busy platform', () => {
  let server: FakeProvincial | undefined;
  let db: ReviewerDatabase | undefined;

  afterEach(async () => {
    if (db !== undefined) await closeReviewerDatabase(db);
    await server?.close();
  });

  it('waits at most 15 minutes for Retry-After: 86400, says when it retries, and stops when asked', async () => {
    const fake = await startFakeProvincial(unitId);
    server = fake;
    const [staff, claim] = [goodStaff(1, 1), goodClaim(1, 2)];
    fake.records.staff.push({ key: { updatedAt: staff.updatedAt, id: staff.id }, document: staff });
    fake.records.claims.push({
      key: { updatedAt: claim.updatedAt, id: claim.id },
      document: claim,
    });
    const replica = await openReplica(`busy-${String(Date.now())}`);
    db = replica;
    const outbox = createOutbox(replica);
    // The real sleep: a wait that were not cut short would outlast the test by a quarter hour.
    const sync = createSyncEngine({
      db: replica,
      client: clientOf(fake),
      outbox,
      unitId,
      serverNow: () => Date.parse(serverTime(2)),
      fetchEvidence: false,
      retry: { maxAttempts: 6 },
    });
    expect((await sync.syncNow()).ok).toBe(true);
    const made = await outbox.decideClaim({
      claim,
      staffName: '职工1',
      outcome: 'approve',
      creditedHours: { public: 0, professional: 8 },
      reviewerName: '审核员',
    });
    expect(made.ok).toBe(true);
    const busy = {
      status: 503,
      body: { type: 'https://example.invalid/problems/503', title: 'busy', status: 503 },
      headers: { 'Retry-After': '86400' },
    };
    fake.decide = () => busy;
    const pullsBefore = fake.pulls.length;

    const before = Date.now();
    const running = sync.syncNow();
    const retryAt = await vi.waitFor(() => {
      const at = sync.status$.value.retryAt;
      if (at === null) throw new Error('not waiting yet');
      return Date.parse(at);
    });
    const after = Date.now();
    expect(retryAt).toBeGreaterThanOrEqual(before + fifteenMinutes);
    expect(retryAt).toBeLessThanOrEqual(after + fifteenMinutes);
    expect(busyWaitMessage(new Date(retryAt))).toMatch(
      /^省平台繁忙，将于 ([01]\d|2[0-3]):[0-5]\d 重试$/,
    );

    sync.stopWaiting();
    expect(await running).toEqual({
      ok: false,
      error: {
        reason: 'cancelled',
        failure: {
          kind: 'http',
          status: 503,
          problemType: 'https://example.invalid/problems/503',
          title: 'busy',
          retryAfterSeconds: 86400,
        },
      },
    });
    expect(sync.status$.value).toMatchObject({ phase: 'idle', retryAt: null });
    expect((await readSyncStatus(replica)).lastError).toBe(
      `${partNames.push}：${stoppedWaitingMessage}`,
    );
    // Stopping ends the sync: nothing more is asked of a platform that is busy.
    expect(fake.pulls.length).toBe(pullsBefore);
  });
});
