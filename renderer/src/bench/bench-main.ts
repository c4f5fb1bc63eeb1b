import Dexie from 'dexie';
import { claimSchema, type Checkpoint } from '../../../shared/contract/index.ts';
import { createVault, openVault } from '../data/auth/vault.ts';
import { closeReviewerDatabase, openReviewerDatabase } from '../data/db/database.ts';
import { createApiClient } from '../data/sync/api-client.ts';
import { createOutbox } from '../data/sync/outbox.ts';
import { pullCollection } from '../data/sync/pull.ts';
import { pushOutbox } from '../data/sync/push.ts';
import { realSleep } from '../data/sync/with-retry.ts';
import { createBrowserHost } from '../host/browser-host.ts';

/**
 * The benchmark's page (built only for `npm run bench`): it drives the app's own data layer in
 * the browser and times it against raw Dexie writes of the same documents.
 */
declare global {
  interface Window {
    bench: (step: 'pull' | 'push' | 'profile') => Promise<Record<string, number>>;
  }
}

const params = new URLSearchParams(location.search);
const serverUrl = params.get('server') ?? '';
const account = params.get('account') ?? '';
const password = params.get('password') ?? '';
const api = createBrowserHost();
const retry = { maxAttempts: 8, sleep: realSleep };

async function signIn() {
  let token: string | null = null;
  const client = createApiClient({ baseUrl: serverUrl, token: () => token });
  const session = await client.login(account, password);
  if (!session.ok) throw new Error(`login failed: ${JSON.stringify(session.error)}`);
  token = session.value.token;
  const profile = {
    account,
    adminId: session.value.admin.id,
    adminName: session.value.admin.name,
    unit: session.value.unit,
  };
  const opened = await openVault(api, account, password);
  const vault =
    opened.ok && opened.value !== null
      ? opened.value
      : await createVault(api, password, profile).then((v) =>
          v.ok ? v.value : Promise.reject(new Error('vault')),
        );
  return {
    client,
    vault,
    unitId: session.value.unit.id,
    serverNow: Date.parse(session.value.expiresAt) - 8 * 3600_000,
  };
}

async function fetchAll(
  client: ReturnType<typeof createApiClient>,
  unitId: string,
  collection: 'staff' | 'claims',
) {
  const documents: Record<string, unknown>[] = [];
  let checkpoint: Checkpoint | undefined;
  for (;;) {
    const page = await client.pull(unitId, collection, checkpoint, 1000);
    if (!page.ok) throw new Error('pull failed');
    documents.push(...(page.value.documents as Record<string, unknown>[]));
    checkpoint = page.value.checkpoint;
    if (page.value.documents.length < 1000) return documents;
  }
}

async function pullStep(): Promise<Record<string, number>> {
  const { client, vault, unitId, serverNow } = await signIn();
  const db = await openReviewerDatabase({ unitId, key: vault.databaseKey });
  const started = performance.now();
  let received = 0;
  for (const collection of ['staff', 'claims'] as const) {
    const pulled = await pullCollection(db, client, collection, {
      unitId,
      batchSize: 1000,
      serverNow,
      retry,
    });
    if (!pulled.ok) throw new Error(`pull failed: ${JSON.stringify(pulled.error)}`);
    received += pulled.value.received;
  }
  const pullSeconds = (performance.now() - started) / 1000;
  await closeReviewerDatabase(db);

  // The floor: the same documents written with a raw Dexie bulkPut, in this same browser.
  const staff = await fetchAll(client, unitId, 'staff');
  const claims = await fetchAll(client, unitId, 'claims');
  const raw = new Dexie(`bench-raw-${String(Date.now())}`);
  raw.version(1).stores({ staff: 'id', claims: 'id' });
  const rawStarted = performance.now();
  await raw.table('staff').bulkPut(staff);
  await raw.table('claims').bulkPut(claims);
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  raw.close();
  await Dexie.delete(raw.name);
  return { pull_s: pullSeconds, raw_put_s: rawSeconds, received };
}

async function pushStep(): Promise<Record<string, number>> {
  const { client, vault, unitId } = await signIn();
  const db = await openReviewerDatabase({ unitId, key: vault.databaseKey });
  const outbox = createOutbox(db);
  const pending = await db.claims.find({ selector: { status: 'submitted' }, limit: 1000 }).exec();
  const made = await outbox.decideClaims(
    pending.map((claim) => ({
      claim: claim.toJSON(),
      staffName: '基准',
      outcome: 'return' as const,
      reason: '基准测试退回',
      reviewerName: '基准测试',
    })),
  );
  if (!made.ok) throw new Error(made.error.message);
  const started = performance.now();
  const pushed = await pushOutbox(db, client, { unitId, retry });
  const seconds = (performance.now() - started) / 1000;
  if (!pushed.ok) throw new Error(`push failed: ${JSON.stringify(pushed.error)}`);
  await closeReviewerDatabase(db);
  return { push_1000_s: seconds, decisions: made.value.length, applied: pushed.value.applied };
}

/** Where a pull's time goes: the server's pages, checking documents, and the local writes. */
async function profileStep(): Promise<Record<string, number>> {
  const { client, vault, unitId } = await signIn();
  let started = performance.now();
  const claims = await fetchAll(client, unitId, 'claims');
  const fetchSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const valid = claims
    .map((doc) => claimSchema.safeParse(doc))
    .filter((r) => r.success)
    .map((r) => r.data);
  const validateSeconds = (performance.now() - started) / 1000;
  const db = await openReviewerDatabase({ unitId: `${unitId}-profile`, key: vault.databaseKey });
  started = performance.now();
  for (let i = 0; i < valid.length; i += 1000) {
    await db.claims.bulkUpsert(
      valid.slice(i, i + 1000).map(({ deleted: _deleted, ...doc }) => doc),
    );
  }
  const writeSeconds = (performance.now() - started) / 1000;
  await db.remove();
  return {
    fetch_claims_s: fetchSeconds,
    validate_claims_s: validateSeconds,
    rxdb_upsert_claims_s: writeSeconds,
    claims: valid.length,
  };
}

window.bench = (step) =>
  step === 'pull' ? pullStep() : step === 'push' ? pushStep() : profileStep();
