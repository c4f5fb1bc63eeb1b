import { tokenLifeMs, type Session } from '#shared/contract/index.ts';
import type { Result } from '#shared/errors/result.ts';
import { signIn } from './auth/sign-in.ts';
import type { OpenedVault } from './auth/vault.ts';
import { openReviewerDatabase, type ReviewerDatabase } from './db/database.ts';
import { createProjectActions, type ProjectActions } from './projects/project-actions.ts';
import { syncProjects } from './projects/sync-projects.ts';
import { createBackgroundCheck, type BackgroundCheck } from './evidence-check/background-check.ts';
import {
  claimAndStaff,
  claimOfAttachment,
  pendingWithEvidence,
} from './evidence-check/claim-lookup.ts';
import { workerEvidenceChecker } from '../evidence-check/evidence-checker.ts';
import { createReviewActions, type ReviewActions } from './review/actions.ts';
import { evidenceNeeds } from './review/evidence-needs.ts';
import { createReviewStore, type ReviewStore } from './review/review-store.ts';
import { createApiClient, type ApiClient } from './sync/api-client.ts';
import { createEvidencePrefetch, type EvidencePrefetch } from './sync/evidence-prefetch.ts';
import { createOutbox, type Outbox } from './sync/outbox.ts';
import {
  createPlatformConnection,
  startProbing,
  type PlatformConnectionTracker,
} from './sync/platform-connection.ts';
import { createBackgroundPull, type BackgroundPull } from './sync/pull/background-pull.ts';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine.ts';
import { createWindowLock, type WindowLock } from './sync/window-lock.ts';
import { realSleep } from './sync/with-retry.ts';
import { api } from '../host/api.ts';

/** Everything a signed-in reviewer works with, made once per sign-in. */
export interface AppSession {
  readonly vault: OpenedVault;
  readonly db: ReviewerDatabase;
  readonly client: ApiClient;
  readonly outbox: Outbox;
  readonly engine: SyncEngine;
  /** Whether this window writes, or another window of the app does. */
  readonly windowLock: WindowLock;
  readonly store: ReviewStore;
  /** Deciding and taking back: the only way the screens write the outbox. */
  readonly actions: ReviewActions;
  /** Filing training projects and their attendance: the only way the screens write that outbox. */
  readonly projects: ProjectActions;
  /** The platform's changes brought in after sign-in, without sending anything. */
  readonly pull: BackgroundPull;
  /** Whether the platform answers, from every call made to it. */
  readonly connection: PlatformConnectionTracker;
  /** Evidence files brought onto this machine in the background, within the disk budget. */
  readonly evidence: EvidencePrefetch;
  /** Each evidence file read and compared with its claim, in a worker, once (issue 19). */
  readonly evidenceCheck: BackgroundCheck;
  readonly reviewerName: string;
  /** Whether a token from an online sign-in is at hand. */
  hasToken(): boolean;
  /** Signs in online again (token expired, or the day began offline); queued work is untouched. */
  renewSignIn(password: string): Promise<Result<unknown>>;
}

export function clientFor(
  serverUrl: string,
  token: () => string | null,
  options: { readonly fetch?: typeof fetch; readonly timeoutMs?: number } = {},
): ApiClient {
  return createApiClient({ baseUrl: serverUrl, token, ...options });
}

/** A probe waits no longer than this for the platform: it only asks whether it answers. */
const probeTimeoutMs = 10_000;

/**
 * Opens the signed-in reviewer's session. It is ready as soon as the first page of the replica
 * is in memory; the rest is read meanwhile, and after an online sign-in the platform's changes
 * are pulled in the background (the first sign-in of a unit downloads everything that way).
 */
export async function startAppSession(
  serverUrl: string,
  vault: OpenedVault,
  session: Session | null,
): Promise<AppSession> {
  let token = session?.token ?? null;
  let serverNow = session === null ? Date.now() : Date.parse(session.expiresAt) - tokenLifeMs;
  const unitId = vault.profile.unit.id;
  const connection = createPlatformConnection(session === null ? null : new Date().toISOString());
  const fetch = connection.tracking((input, init) => window.fetch(input, init));
  const client = clientFor(serverUrl, () => token, { fetch });
  const db = await openReviewerDatabase({ unitId, key: vault.databaseKey });
  const windowLock = await createWindowLock(`ce-reviewer-writer:${unitId}`);
  const outbox = createOutbox(db, windowLock.canWrite);
  const retry = { maxAttempts: 6, sleep: realSleep };
  // The sync sends and pulls records only: the evidence comes in the background afterwards.
  const engine = createSyncEngine({
    db,
    client,
    outbox,
    unitId,
    serverNow: () => serverNow,
    canWrite: windowLock.canWrite,
    fetchEvidence: false,
  });
  const store = createReviewStore(db, vault.profile.unit.rulebook);
  const pull = createBackgroundPull({ db, client, unitId, serverNow: () => serverNow, retry });
  const evidence = createEvidencePrefetch({
    db,
    client,
    retry: { ...retry, maxAttempts: 3 },
    needs: () => evidenceNeeds(store.get()),
  });
  const evidenceCheck = createBackgroundCheck({
    db,
    checker: workerEvidenceChecker(),
    claimOf: (claimId) => claimAndStaff(store.get(), claimId),
    pendingInOrder: () => pendingWithEvidence(store.get()),
  });
  evidence.arrived$.subscribe((attachmentId) => {
    const claimId = claimOfAttachment(store.get(), attachmentId);
    if (claimId !== undefined) evidenceCheck.arrived(claimId);
  });
  pull.state$.subscribe((state) => store.setReceiving(state.phase === 'running'));
  // A pull follows the reading when signed in, in the window that writes: say so from the start,
  // or an empty replica shows 没有待审核的申报 between the end of the reading and the pull's start.
  const willPull = token !== null && windowLock.canWrite() === undefined;
  store.setReceiving(willPull);
  const loaded = store.load();
  await Promise.race([store.firstPage(), loaded]);
  loaded.then(
    // Offline, nothing is asked of the network; online, the changes come in behind the screens,
    // then the evidence of what is to be reviewed; the files already here are checked meanwhile.
    // Only the window that writes pulls and checks: the replica is one IndexedDB shared by the
    // app's windows, and RxDB here keeps one writer's caches.
    async () => {
      if (windowLock.canWrite() !== undefined) return store.setReceiving(false);
      void evidenceCheck.start();
      if (token === null) return store.setReceiving(false);
      if ((await pull.run()).ok) await evidence.start();
    },
    (error: unknown) => {
      store.setReceiving(false);
      console.error('reading the local data failed', error);
    },
  );
  const probeClient = clientFor(serverUrl, () => token, { fetch, timeoutMs: probeTimeoutMs });
  startProbing(connection, () => probeClient.unit(unitId));
  const reviewerName = vault.profile.adminName;
  return {
    vault,
    db,
    client,
    outbox,
    engine,
    windowLock,
    store,
    actions: createReviewActions({ outbox, store, reviewerName }),
    // A filing is sent once at once; what does not get through waits for the sync. What got
    // through may have made claims on the platform (attendance): they are pulled in behind it.
    projects: createProjectActions(db, windowLock.canWrite, async () => {
      const sent = await syncProjects(db, client, unitId, { maxAttempts: 1, sleep: realSleep });
      if (sent.ok && sent.value > 0) void pull.run();
      return sent;
    }),
    pull,
    connection,
    evidence,
    evidenceCheck,
    reviewerName,
    hasToken: () => token !== null,
    async renewSignIn(password) {
      const result = await signIn(
        api,
        clientFor(serverUrl, () => null, { fetch }),
        vault.profile.account,
        password,
      );
      if (result.ok && result.value.kind === 'signed-in' && result.value.session !== null) {
        token = result.value.session.token;
        serverNow = Date.parse(result.value.session.expiresAt) - tokenLifeMs;
      }
      return result;
    },
  };
}
