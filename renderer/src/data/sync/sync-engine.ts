import { BehaviorSubject } from 'rxjs';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { fetchEvidence } from './evidence.ts';
import { callFailureMessage } from './messages.ts';
import type { Outbox } from './outbox.ts';
import { pullCollection } from './pull/index.ts';
import { pushOutbox, type PushSummary } from './push.ts';
import { readSyncStatus, writeSyncStatus, type DurableSyncStatus } from './sync-status.ts';
import { realSleep, type CallFailure, type RetryOptions } from './with-retry.ts';

export type SyncPhase = 'idle' | 'push' | 'staff' | 'claims' | 'evidence';

export interface LiveSyncStatus extends DurableSyncStatus {
  readonly phase: SyncPhase;
  readonly percent: number;
  readonly progressText: string;
  readonly needsSignIn: boolean;
}

export interface SyncEngineOptions {
  readonly db: ReviewerDatabase;
  readonly client: ApiClient;
  readonly outbox: Outbox;
  readonly unitId: string;
  /** The server's clock at sign-in, for the pull progress estimate. */
  readonly serverNow: () => number;
  readonly pageSize?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly fetchEvidence?: boolean;
}

export interface SyncReport {
  readonly pushed: PushSummary;
  readonly staff: number;
  readonly claims: number;
  readonly skipped: number;
}

const phaseNames: Record<SyncPhase, string> = {
  idle: '',
  push: '正在上传审核结果',
  staff: '正在下载人员信息',
  claims: '正在下载学时申报',
  evidence: '正在下载证明材料',
};

/**
 * One end-of-day sync: push the outbox first (so decisions reach the server before anything else
 * can fail), then pull staff and claims, then fetch evidence of pending claims.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, client } = options;
  const retry: RetryOptions = { maxAttempts: 6, sleep: realSleep, ...options.retry };
  const status$ = new BehaviorSubject<LiveSyncStatus>({
    lastSuccessAt: null,
    lastError: null,
    online: true,
    phase: 'idle',
    percent: 0,
    progressText: '',
    needsSignIn: false,
  });
  let running: Promise<Result<SyncReport, CallFailure>> | null = null;

  const show = (patch: Partial<LiveSyncStatus>) => status$.next({ ...status$.value, ...patch });
  void readSyncStatus(db).then((durable) => show(durable));

  async function fail(failure: CallFailure): Promise<Result<SyncReport, CallFailure>> {
    const lastError = callFailureMessage(failure);
    const online = failure.failure.kind !== 'network';
    const durable = await writeSyncStatus(db, { lastError, online });
    show({
      ...durable,
      phase: 'idle',
      percent: 0,
      progressText: '',
      needsSignIn: failure.reason === 'sign-in',
    });
    return err(failure);
  }

  async function run(): Promise<Result<SyncReport, CallFailure>> {
    show({ phase: 'push', percent: 0, progressText: phaseNames.push, needsSignIn: false });
    const pushed = await pushOutbox(db, client, {
      unitId: options.unitId,
      retry,
      inFlight: options.outbox.inFlight,
      onProgress: ({ sent, total }) =>
        show({
          percent: total === 0 ? 100 : Math.round((sent / total) * 100),
          progressText: `${phaseNames.push}：${sent}/${total}`,
        }),
    });
    if (!pushed.ok) return fail(pushed.error);

    const counts = { staff: 0, claims: 0, skipped: 0 };
    for (const collection of ['staff', 'claims'] as const) {
      show({ phase: collection, percent: 0, progressText: phaseNames[collection] });
      const pulled = await pullCollection(db, client, collection, {
        unitId: options.unitId,
        batchSize: options.pageSize ?? 1000,
        serverNow: options.serverNow(),
        retry,
        onProgress: (p) =>
          show({
            percent: p.percent,
            progressText: `${phaseNames[collection]}：已收到 ${p.received} 条${p.skipped > 0 ? `，跳过 ${p.skipped} 条不合规记录` : ''}（${p.percent}%）`,
          }),
      });
      if (!pulled.ok) return fail(pulled.error);
      counts[collection] = pulled.value.received;
      counts.skipped += pulled.value.skipped;
    }

    if (options.fetchEvidence !== false) {
      show({ phase: 'evidence', percent: 0, progressText: phaseNames.evidence });
      await fetchEvidence(db, client, retry, (done, total) =>
        show({
          percent: total === 0 ? 100 : Math.round((done / total) * 100),
          progressText: `${phaseNames.evidence}：${done}/${total}`,
        }),
      );
    }

    const durable = await writeSyncStatus(db, {
      lastSuccessAt: new Date().toISOString(),
      lastError: null,
      online: true,
    });
    show({ ...durable, phase: 'idle', percent: 100, progressText: '', needsSignIn: false });
    return ok({ pushed: pushed.value, ...counts });
  }

  return {
    status$,
    /** Starts a sync, or joins the one already running. */
    syncNow(): Promise<Result<SyncReport, CallFailure>> {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
