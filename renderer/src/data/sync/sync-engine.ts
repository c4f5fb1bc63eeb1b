import { BehaviorSubject } from 'rxjs';
import { err, ok, strictAssert, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { fetchEvidence } from './evidence.ts';
import { heldBackMessage, isServerBusy, syncError } from './messages.ts';
import type { Outbox, WriteGuard } from './outbox.ts';
import {
  endsTheSync,
  partNames,
  phaseNames,
  type PartFailure,
  type SyncPhase,
} from './sync-parts.ts';
import { pullCollection, pullRequests } from './pull/index.ts';
import { syncProjects } from '../projects/sync-projects.ts';
import { pushOutbox, type PushSummary } from './push.ts';
import { readSyncStatus, writeSyncStatus, type DurableSyncStatus } from './sync-status.ts';
import {
  localFailure,
  realSleep,
  storageFailure,
  type CallFailure,
  type RetryOptions,
} from './with-retry.ts';

const nothingPushed: PushSummary = { applied: 0, conflicts: 0, invalid: 0, heldBack: 0 };

export interface LiveSyncStatus extends DurableSyncStatus {
  readonly phase: SyncPhase;
  readonly percent: number;
  readonly progressText: string;
  readonly needsSignIn: boolean;
  /** While a busy platform is waited for: when the next try starts (ISO time); otherwise null. */
  readonly retryAt: string | null;
}

export interface SyncEngineOptions {
  readonly db: ReviewerDatabase;
  readonly client: ApiClient;
  readonly outbox: Outbox;
  readonly unitId: string;
  /** The server's clock at sign-in, for the pull progress estimate. */
  readonly serverNow: () => number;
  readonly pageSize?: number;
  /** Decisions per push request; the contract's 200 unless a test wants more requests. */
  readonly batchSize?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly fetchEvidence?: boolean;
  /** Whether this window may sync: only the one that writes does (window-lock.ts). */
  readonly canWrite?: WriteGuard;
}

export interface SyncReport {
  readonly pushed: PushSummary;
  readonly staff: number;
  readonly claims: number;
  readonly skipped: number;
}

/**
 * One end-of-day sync: push the outbox first (so decisions reach the server before anything else
 * can fail), then pull staff and claims, then (1.1) change requests and transfers, then fetch evidence of pending claims. Push and pull run
 * and report on their own: a push that fails does not keep the pull from running, unless the
 * cause would stop the pull too (no network, no sign-in, the reviewer stopped waiting).
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, client } = options;
  const canWrite = options.canWrite ?? (() => undefined);
  const retry: RetryOptions = { maxAttempts: 6, sleep: realSleep, ...options.retry };
  const status$ = new BehaviorSubject<LiveSyncStatus>({
    lastSuccessAt: null,
    lastError: null,
    online: true,
    phase: 'idle',
    percent: 0,
    progressText: '',
    needsSignIn: false,
    retryAt: null,
  });
  let running: Promise<Result<SyncReport, CallFailure>> | null = null;
  let waiting: AbortController | null = null;

  const show = (patch: Partial<LiveSyncStatus>) => status$.next({ ...status$.value, ...patch });
  void readSyncStatus(db).then((durable) => show(durable));

  function stepRetry(signal: AbortSignal): RetryOptions {
    return {
      ...retry,
      signal,
      onRetry(failure, delayMs) {
        retry.onRetry?.(failure, delayMs);
        if (isServerBusy(failure)) show({ retryAt: new Date(Date.now() + delayMs).toISOString() });
      },
      onWaited() {
        retry.onWaited?.();
        show({ retryAt: null });
      },
    };
  }

  async function run(): Promise<Result<SyncReport, CallFailure>> {
    const elsewhere = canWrite();
    if (elsewhere !== undefined) {
      // Nothing is written from a window that does not own the data, not even the status.
      show({ lastError: elsewhere.message });
      return err(localFailure(elsewhere));
    }
    const controller = new AbortController();
    waiting = controller;
    const stepOptions = stepRetry(controller.signal);
    const failures: PartFailure[] = [];
    const notes: string[] = [];
    const stopped = () => failures.some(({ failure }) => endsTheSync(failure));

    show({ phase: 'push', percent: 0, progressText: phaseNames.push, needsSignIn: false });
    const pushed = await pushOutbox(db, options.outbox, client, {
      unitId: options.unitId,
      retry: stepOptions,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      onProgress: ({ sent, total }) =>
        show({
          percent: total === 0 ? 100 : Math.round((sent / total) * 100),
          progressText: `${phaseNames.push}：${sent}/${total}`,
        }),
    });
    if (!pushed.ok) failures.push({ part: 'push', failure: pushed.error });
    else if (pushed.value.heldBack > 0) notes.push(heldBackMessage(pushed.value.heldBack));

    // Before the claims pull, so the claims a filed attendance made come in this same sync.
    if (!stopped()) {
      show({ phase: 'projects', percent: 0, progressText: phaseNames.projects });
      const projects = await syncProjects(db, client, options.unitId, stepOptions);
      if (!projects.ok) failures.push({ part: 'projects', failure: projects.error });
    }

    const counts = { staff: 0, claims: 0, skipped: 0 };
    const pullOptions = {
      unitId: options.unitId,
      batchSize: options.pageSize ?? 1000,
      serverNow: options.serverNow(),
      retry: stepOptions,
    };
    for (const collection of ['staff', 'claims'] as const) {
      if (stopped()) break;
      show({ phase: collection, percent: 0, progressText: phaseNames[collection] });
      const pulled = await pullCollection(db, client, collection, {
        ...pullOptions,
        onProgress: (p) =>
          show({
            percent: p.percent,
            progressText: `${phaseNames[collection]}：已收到 ${p.received} 条${p.skipped > 0 ? `，跳过 ${p.skipped} 条不合规记录` : ''}（${p.percent}%）`,
          }),
      });
      if (!pulled.ok) {
        failures.push({ part: collection, failure: pulled.error });
        continue;
      }
      counts[collection] = pulled.value.received;
      counts.skipped += pulled.value.skipped;
    }

    if (!stopped()) {
      show({ phase: 'requests', percent: 0, progressText: phaseNames.requests });
      const pulled = await pullRequests(db, client, pullOptions);
      // Records left out count with the others'; the received figures stay staff's and claims'.
      if (pulled.ok) counts.skipped += pulled.value.skipped;
      else failures.push({ part: 'requests', failure: pulled.error });
    }

    if (options.fetchEvidence !== false && !stopped()) {
      show({ phase: 'evidence', percent: 0, progressText: phaseNames.evidence });
      try {
        await fetchEvidence(db, client, stepOptions, (done, total) =>
          show({
            percent: total === 0 ? 100 : Math.round((done / total) * 100),
            progressText: `${phaseNames.evidence}：${done}/${total}`,
          }),
        );
      } catch (error) {
        failures.push({ part: 'evidence', failure: storageFailure(error) });
      }
    }
    waiting = null;
    return failures.length === 0
      ? succeed({ pushed: pushed.ok ? pushed.value : nothingPushed, ...counts }, notes)
      : fail(failures, notes);
  }

  async function succeed(
    report: SyncReport,
    notes: readonly string[],
  ): Promise<Result<SyncReport, CallFailure>> {
    const durable = await writeSyncStatus(db, {
      lastSuccessAt: new Date().toISOString(),
      lastError: notes.length === 0 ? null : notes.join(' '),
      online: true,
    }).catch(() => status$.value);
    show({ ...durable, phase: 'idle', percent: 100, progressText: '', retryAt: null });
    return ok(report);
  }

  /** Each part that failed says so in the reviewer's words; the first failure is returned. */
  async function fail(
    failures: readonly PartFailure[],
    notes: readonly string[],
  ): Promise<Result<SyncReport, CallFailure>> {
    const lines = failures.map(
      ({ part, failure }) => `${partNames[part]}：${syncError(failure).message}`,
    );
    const online = !failures.some(({ failure }) => syncError(failure).code === 'network');
    const lastError = [...lines, ...notes].join(' ');
    const durable = await writeSyncStatus(db, { lastError, online }).catch(() => ({
      ...status$.value,
      lastError,
      online,
    }));
    const signIn = failures.find(({ failure }) => failure.reason === 'sign-in');
    show({
      ...durable,
      phase: 'idle',
      percent: 0,
      progressText: '',
      needsSignIn: signIn !== undefined,
      retryAt: null,
    });
    const first = signIn ?? failures[0];
    strictAssert(first !== undefined, 'a failed sync has a failure');
    return err(first.failure);
  }

  return {
    status$,
    /** Starts a sync, or joins the one already running. */
    syncNow(): Promise<Result<SyncReport, CallFailure>> {
      running ??= run().finally(() => {
        running = null;
        waiting = null;
      });
      return running;
    },
    /** 停止等待: ends the wait for a busy platform, and with it the sync that waits. */
    stopWaiting(): void {
      waiting?.abort();
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
