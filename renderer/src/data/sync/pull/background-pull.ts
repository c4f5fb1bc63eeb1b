import { BehaviorSubject } from 'rxjs';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../../db/database.ts';
import type { ApiClient } from '../api-client.ts';
import { callFailureMessage } from '../messages.ts';
import type { CallFailure, RetryOptions } from '../with-retry.ts';
import { pullCollection } from './pull-collection.ts';
import { pullRequests } from './pull-requests.ts';
import { combineProgress, type CollectionProgress } from './pull-progress.ts';

/** The pull without a push, as the shell shows it. */
export interface BackgroundPullState {
  readonly phase: 'idle' | 'running' | 'done' | 'failed';
  /** The replica held nothing yet: the unit's first download. */
  readonly isFirstLoad: boolean;
  readonly received: number;
  readonly percent: number;
  readonly secondsLeft: number | null;
  /** Why it stopped (Chinese), when it failed. */
  readonly problem: string | null;
}

export const idlePull: BackgroundPullState = {
  phase: 'idle',
  isFirstLoad: false,
  received: 0,
  percent: 0,
  secondsLeft: null,
  problem: null,
};

export interface BackgroundPullOptions {
  readonly db: ReviewerDatabase;
  readonly client: ApiClient;
  readonly unitId: string;
  /** The server's clock as of the last sign-in, for the progress estimate. */
  readonly serverNow: () => number;
  readonly retry: RetryOptions;
  readonly pageSize?: number;
}

const collections = ['staff', 'claims'] as const;
type ShownCollection = (typeof collections)[number];

/**
 * Brings the platform's changes into the replica without sending anything: started after an
 * online sign-in, so the first sign-in of a unit fills the inbox as pages arrive, and later ones
 * catch up in the background; change requests and transfers (1.1) follow. Decisions are still sent only by the sync (立即同步, end of day).
 * Staff and claims are pulled side by side, so the first claims arrive while the people still
 * come in; the store shows a claim once its person is there.
 */
export function createBackgroundPull(options: BackgroundPullOptions) {
  const { db } = options;
  const state$ = new BehaviorSubject<BackgroundPullState>(idlePull);
  let running: Promise<Result<number, CallFailure>> | null = null;

  async function run(): Promise<Result<number, CallFailure>> {
    const isFirstLoad = (await db.claims.count().exec()) === 0;
    const started = performance.now();
    const parts: Record<ShownCollection, CollectionProgress> = {
      staff: { received: 0, percent: 0 },
      claims: { received: 0, percent: 0 },
    };
    const show = () =>
      state$.next({
        phase: 'running',
        isFirstLoad,
        ...combineProgress(Object.values(parts), performance.now() - started),
        problem: null,
      });
    show();
    const pullOptions = {
      unitId: options.unitId,
      batchSize: options.pageSize ?? 1000,
      serverNow: options.serverNow(),
      retry: options.retry,
    };
    const pulled = await Promise.all(
      collections.map((collection) =>
        pullCollection(db, options.client, collection, {
          ...pullOptions,
          onProgress: ({ received, percent }) => {
            parts[collection] = { received, percent };
            show();
          },
        }),
      ),
    );
    // The shell's figure counts what the inbox waits for first, people and claims; the (1.1)
    // change requests and transfers, a few per unit, come after them.
    const received = parts.staff.received + parts.claims.received;
    const requests = pulled.every((result) => result.ok)
      ? await pullRequests(db, options.client, pullOptions)
      : ok(undefined);
    for (const result of [...pulled, requests]) {
      if (!result.ok) {
        state$.next({
          ...state$.value,
          phase: 'failed',
          secondsLeft: null,
          problem: callFailureMessage(result.error),
        });
        return err(result.error);
      }
    }
    state$.next({ ...idlePull, phase: 'done', isFirstLoad, received, percent: 100 });
    return ok(received);
  }

  return {
    state$,
    /** Starts the pull, or joins the one under way; resolves with the records received. */
    run(): Promise<Result<number, CallFailure>> {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

export type BackgroundPull = ReturnType<typeof createBackgroundPull>;
