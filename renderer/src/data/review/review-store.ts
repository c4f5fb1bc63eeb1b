import type { RxStorageChangeEvent } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { RulebookId } from '#shared/contract/index.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ChangeDoc, ClaimDoc, DecisionDoc, StaffDoc, TransferDoc } from '../db/schemas.ts';
import { buildInbox } from './inbox-rows.ts';
import { changeOf, readByIds, readPages } from './replica-read.ts';
import { emptySnapshot } from './snapshot.ts';
import {
  createWorkingSet,
  type RecordChange,
  type StoredClaim,
  type StoredStaff,
} from './working-set.ts';

export interface ReviewStoreOptions {
  /** Records per page of the first reading; the first page is small, so the inbox paints soon. */
  readonly pages: { readonly first: number; readonly rest: number };
  /** While records keep arriving, the screens are given a new snapshot at most this often. */
  readonly publishEveryMs: number;
}

const defaults: ReviewStoreOptions = { pages: { first: 2000, rest: 10_000 }, publishEveryMs: 1000 };

function latestByTarget(decisions: readonly DecisionDoc[]): Map<string, DecisionDoc> {
  const byTarget = new Map<string, DecisionDoc>();
  for (const decision of [...decisions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    byTarget.set(decision.payload.target.id, decision);
  }
  return byTarget;
}

const puts = <T>(records: readonly T[]): RecordChange<T>[] =>
  records.map((record) => ({ kind: 'put', record }));

/**
 * The reviewer's working set behind every screen. The replica is read once, in pages, the first
 * page painted at once; after that the store follows the replica's own change events (pull
 * pages, the sync), so a record that arrives is in the inbox without reading everything again,
 * and only the people whose claims changed are evaluated again.
 */
export function createReviewStore(
  db: ReviewerDatabase,
  rulebook: RulebookId,
  options: Partial<ReviewStoreOptions> = {},
) {
  const { pages, publishEveryMs } = { ...defaults, ...options };
  const working = createWorkingSet(rulebook);
  let snapshot = emptySnapshot(rulebook);
  let decisions = new Map<string, DecisionDoc>();
  let requests: { changes: readonly ChangeDoc[]; transfers: readonly TransferDoc[] } = {
    changes: [],
    transfers: [],
  };
  const listeners = new Set<() => void>();
  let isReading = false;
  let isReceiving = false;
  let lastPublishAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstShown: () => void = () => undefined;
  const firstPage = new Promise<void>((resolve) => {
    firstShown = resolve;
  });

  function publish(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastPublishAt = performance.now();
    snapshot = {
      ...working.view(),
      ...requests,
      decisions,
      rulebook,
      loading: isReading || isReceiving,
      version: snapshot.version + 1,
    };
    for (const listener of listeners) listener();
    firstShown();
  }

  /** A new snapshot now if none was given for a while, or once the interval has passed. */
  function publishSoon(): void {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastPublishAt + publishEveryMs - performance.now());
    timer = setTimeout(publish, wait);
  }

  // Changes from the replica, queued; applied in order once the first reading is done.
  const queue: { claims: RecordChange<StoredClaim>[]; staff: RecordChange<StoredStaff>[] } = {
    claims: [],
    staff: [],
  };
  let applying: Promise<void> | undefined;
  function applyQueued(): Promise<void> {
    if (isReading) return Promise.resolve();
    applying ??= (async () => {
      while (queue.claims.length > 0 || queue.staff.length > 0 || working.hasStale()) {
        working.applyStaff(queue.staff.splice(0));
        working.applyClaims(queue.claims.splice(0));
        await working.evaluateStale();
      }
      publishSoon();
    })().finally(() => {
      applying = undefined;
      if (queue.claims.length > 0 || queue.staff.length > 0) void applyQueued();
    });
    return applying;
  }

  let following: Subscription[] | undefined;
  function follow(): void {
    const onEvents =
      <T extends { readonly revision: number }>(into: RecordChange<T>[]) =>
      (bulk: { events: RxStorageChangeEvent<T>[] }) => {
        for (const event of bulk.events) into.push(changeOf(event));
        void applyQueued();
      };
    const onRequests = () => void readRequests().then(publishSoon);
    following ??= [
      db.claims.eventBulks$.subscribe(onEvents<ClaimDoc>(queue.claims)),
      db.staff.eventBulks$.subscribe(onEvents<StaffDoc>(queue.staff)),
      db.changes.eventBulks$.subscribe(onRequests),
      db.transfers.eventBulks$.subscribe(onRequests),
    ];
  }

  async function readRequests(): Promise<void> {
    const [changes, transfers] = await Promise.all([
      db.changes.find().exec(),
      db.transfers.find().exec(),
    ]);
    requests = {
      changes: changes.map((doc) => doc.toMutableJSON()),
      transfers: transfers.map((doc) => doc.toMutableJSON()),
    };
  }

  async function readDecisions(): Promise<Map<string, DecisionDoc>> {
    const docs = await db.decisions.find().exec();
    return latestByTarget(docs.map((doc) => doc.toMutableJSON()));
  }

  /** The whole replica, the first page of claims (with its people) published as soon as read. */
  async function readReplica(): Promise<void> {
    let isFirst = true;
    await readPages<ClaimDoc>(db.claims, pages, async (records) => {
      working.applyClaims(puts(records));
      if (isFirst) {
        isFirst = false;
        const people = [...new Set(records.map((claim) => claim.staffId))];
        working.applyStaff(puts(await readByIds<StaffDoc>(db.staff, people)));
        await working.evaluateStale();
        publish();
      } else publishSoon();
    });
    await readPages<StaffDoc>(db.staff, { first: pages.rest, rest: pages.rest }, (records) => {
      working.applyStaff(puts(records));
      publishSoon();
    });
    await working.evaluateStale();
  }

  return {
    get: () => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /**
     * Reads the replica and from then on follows its changes. Resolves once everything is read
     * and evaluated; the screens have rows from the first page on.
     */
    async load(): Promise<void> {
      follow();
      isReading = true;
      try {
        decisions = await readDecisions();
        await readRequests();
        await readReplica();
      } finally {
        isReading = false;
        firstShown();
      }
      await applyQueued();
      publish();
      // Build the inbox rows now, while the reviewer still waits for the load, not on first open.
      buildInbox(snapshot);
    },

    /** Resolves once the first page of the replica is in a snapshot (or the load has ended). */
    firstPage: () => firstPage,

    /** Every change the replica reported so far is in the snapshot the screens have. */
    async settled(): Promise<void> {
      await applyQueued();
      publish();
    },

    /** Records are arriving from the platform (a pull): rows may still be missing. */
    setReceiving(receiving: boolean): void {
      if (isReceiving === receiving) return;
      isReceiving = receiving;
      // At once when a pull starts: an empty inbox must say rows are coming, not that there are none.
      if (receiving) publish();
      else publishSoon();
    },

    /** Re-reads only the outbox, after a decision, an undo or a push. */
    async refreshDecisions(): Promise<void> {
      decisions = await readDecisions();
      snapshot = { ...snapshot, decisions, version: snapshot.version + 1 };
      for (const listener of listeners) listener();
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
