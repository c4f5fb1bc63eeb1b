import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReviewStore } from '../../renderer/src/data/review/review-store.ts';
import { buildInbox } from '../../renderer/src/data/review/inbox-rows.ts';
import {
  createBackgroundPull,
  type BackgroundPullState,
} from '../../renderer/src/data/sync/pull/background-pull.ts';
import {
  openClient,
  startSeededServer,
  type ClientFixture,
  type ServerFixture,
} from './client-fixture.ts';
import { serverDecisions } from './server-view.ts';

/**
 * The pull after sign-in against the real reference server: it fills the replica page by page
 * while the inbox grows, sends nothing, and waits its turn when a sync pulls at the same time.
 */
describe('background pull after sign-in', () => {
  let fixture: ServerFixture;

  beforeAll(async () => {
    fixture = await startSeededServer({ staff: 12, claims: 60 });
  }, 120_000);

  afterAll(async () => {
    await fixture.close();
  });

  let opened: ClientFixture | undefined;
  const open = async (options: Parameters<typeof openClient>[1]) => {
    opened = await openClient(fixture, options);
    await opened.signIn();
    return opened;
  };

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it('fills an empty replica in pages, the inbox growing with them, and pushes nothing', async () => {
    const reviewer = await open({ pageSize: 10 });
    // Every change published at once, so the test sees the inbox between pages.
    const store = createReviewStore(reviewer.db, fixture.account.rulebook, { publishEveryMs: 0 });
    await store.load();
    const pull = createBackgroundPull({
      db: reviewer.db,
      client: reviewer.client,
      unitId: fixture.account.unitId,
      serverNow: () => Date.now(),
      retry: { maxAttempts: 3, sleep: () => Promise.resolve() },
      pageSize: 10,
    });
    pull.state$.subscribe((state) => store.setReceiving(state.phase === 'running'));
    const phases: BackgroundPullState['phase'][] = [];
    const rowCounts: number[] = [];
    pull.state$.subscribe((state) => phases.push(state.phase));
    store.subscribe(() => rowCounts.push(buildInbox(store.get()).length));
    // A decision waiting in the outbox stays there: only 立即同步 and the end of day send.
    const held = await serverDecisions(fixture);
    const someClaim = held.claims.find((claim) => claim.status === 'submitted');
    if (someClaim === undefined) throw new Error('the seed has no pending claim');
    await reviewer.outbox.decideClaim({
      claim: someClaim,
      staffName: '某人',
      reviewerName: '审核员',
      outcome: 'return',
      reason: '请补充材料',
      integrityMark: false,
    });

    const pulled = await pull.run();
    await store.settled();
    const submitted = held.claims.filter((claim) => claim.status === 'submitted').length;
    const registering = (
      await reviewer.db.staff.find({ selector: { status: 'pending_registration' } }).exec()
    ).length;
    // (1.1) Change requests and transfers waiting for the unit are rows of 待审核 too.
    const requests = [
      ...(await reviewer.db.changes.find().exec()),
      ...(await reviewer.db.transfers.find().exec()),
    ].filter((request) => request.status === 'submitted').length;
    expect({
      pulled,
      replica: [await reviewer.db.staff.count().exec(), await reviewer.db.claims.count().exec()],
      rows: buildInbox(store.get()).length,
      isLoading: store.get().loading,
      pending: await reviewer.db.decisions.count({ selector: { state: 'pending' } }).exec(),
      lastPhase: phases.at(-1),
      sawRunning: phases.includes('running'),
    }).toEqual({
      pulled: { ok: true, value: held.staffCount + held.claims.length },
      replica: [held.staffCount, held.claims.length],
      rows: submitted + registering + requests,
      isLoading: false,
      pending: 1,
      lastPhase: 'done',
      sawRunning: true,
    });
    // The inbox had rows before the pull ended.
    expect(rowCounts.some((count) => count > 0 && count < submitted + registering)).toBe(true);
  }, 60_000);

  it('takes turns with a sync pulling the same replica: no record is brought twice', async () => {
    const reviewer = await open({ pageSize: 10, fetchEvidence: false });
    const pull = createBackgroundPull({
      db: reviewer.db,
      client: reviewer.client,
      unitId: fixture.account.unitId,
      serverNow: () => Date.now(),
      retry: { maxAttempts: 3, sleep: () => Promise.resolve() },
      pageSize: 10,
    });
    const [synced, pulled] = await Promise.all([reviewer.engine.syncNow(), pull.run()]);
    const held = await serverDecisions(fixture);
    // Whichever pulled first, every record came once: the other found nothing more.
    const received =
      (synced.ok ? synced.value.staff + synced.value.claims : NaN) +
      (pulled.ok ? pulled.value : NaN);
    expect({
      received,
      replica: [await reviewer.db.staff.count().exec(), await reviewer.db.claims.count().exec()],
    }).toEqual({
      received: held.staffCount + held.claims.length,
      replica: [held.staffCount, held.claims.length],
    });
  }, 60_000);
});
