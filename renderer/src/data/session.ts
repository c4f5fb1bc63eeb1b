import { tokenLifeMs, type Session } from '#shared/contract/index.ts';
import type { Result } from '#shared/errors/result.ts';
import { signIn } from './auth/sign-in.ts';
import type { OpenedVault } from './auth/vault.ts';
import { openReviewerDatabase, type ReviewerDatabase } from './db/database.ts';
import { createReviewActions, type ReviewActions } from './review/actions.ts';
import { createReviewStore, type ReviewStore } from './review/review-store.ts';
import { createApiClient, type ApiClient } from './sync/api-client.ts';
import { createOutbox, type Outbox } from './sync/outbox.ts';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine.ts';
import { createWindowLock, type WindowLock } from './sync/window-lock.ts';
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
  readonly reviewerName: string;
  /** Whether a token from an online sign-in is at hand. */
  hasToken(): boolean;
  /** Signs in online again (token expired, or the day began offline); queued work is untouched. */
  renewSignIn(password: string): Promise<Result<unknown>>;
}

export function clientFor(serverUrl: string, token: () => string | null): ApiClient {
  return createApiClient({ baseUrl: serverUrl, token });
}

export async function startAppSession(
  serverUrl: string,
  vault: OpenedVault,
  session: Session | null,
): Promise<AppSession> {
  let token = session?.token ?? null;
  let serverNow = session === null ? Date.now() : Date.parse(session.expiresAt) - tokenLifeMs;
  const client = clientFor(serverUrl, () => token);
  const db = await openReviewerDatabase({ unitId: vault.profile.unit.id, key: vault.databaseKey });
  const windowLock = await createWindowLock(`ce-reviewer-writer:${vault.profile.unit.id}`);
  const outbox = createOutbox(db, windowLock.canWrite);
  const engine = createSyncEngine({
    db,
    client,
    outbox,
    unitId: vault.profile.unit.id,
    serverNow: () => serverNow,
    canWrite: windowLock.canWrite,
  });
  const store = createReviewStore(db, vault.profile.unit.rulebook);
  await store.load();
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
    reviewerName,
    hasToken: () => token !== null,
    async renewSignIn(password) {
      const result = await signIn(
        api,
        clientFor(serverUrl, () => null),
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
