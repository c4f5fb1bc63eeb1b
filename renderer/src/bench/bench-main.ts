import Dexie from 'dexie';
import { claimSchema, tokenLifeMs, type Checkpoint } from '#shared/contract/index.ts';
import { missingCaseError } from '#shared/errors/result.ts';
import { createVault, openVault } from '../data/auth/vault.ts';
import { closeReviewerDatabase, openReviewerDatabase } from '../data/db/database.ts';
import { createApiClient } from '../data/sync/api-client.ts';
import { pullProjects } from '../data/projects/pull-projects.ts';
import { requestSubject } from '../data/requests/request-subject.ts';
import { createReviewActions } from '../data/review/actions.ts';
import { createReviewStore } from '../data/review/review-store.ts';
import { createOutbox } from '../data/sync/outbox.ts';
import { pullCollection, pullRequests } from '../data/sync/pull/index.ts';
import { pushOutbox } from '../data/sync/push.ts';
import { realSleep } from '../data/sync/with-retry.ts';
import { createBrowserHost } from '../host/browser-host.ts';

type LocalMode = 'bulk' | 'replication' | 'raw';
type BenchStep = 'pull' | 'push' | 'profile' | 'fetch-local' | `local:${LocalMode}`;

/**
 * The benchmark's page (built only for `npm run bench`): it drives the app's own data layer in
 * the browser and times it against raw Dexie writes of the same documents.
 *
 * Over 250 lines: every step tests/bench/ calls by name shares the sign-in, the page source and
 * the timers here; apart, one measurement protocol would be spread over files that only it uses.
 */
declare global {
  interface Window {
    bench: (step: BenchStep) => Promise<Record<string, number>>;
  }
}

const params = new URLSearchParams(location.search);
const serverUrl = params.get('server') ?? '';
const account = params.get('account') ?? '';
const password = params.get('password') ?? '';
/** Documents per server page (and per plugin batch) for the pulls measured here. */
const pageSize = Number(params.get('page') ?? 1000);
/** `replication` measures the first full pull through the plugin alone, as before the bulk load. */
const isBulkFirstLoad = params.get('first') !== 'replication';
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
    serverNow: Date.parse(session.value.expiresAt) - tokenLifeMs,
  };
}

/** What a unit holds in contract 1.1, every collection the app pulls. */
const unitCollections = ['staff', 'claims', 'changes', 'transfers', 'projects'] as const;
type UnitCollection = (typeof unitCollections)[number];

async function fetchAll(
  client: ReturnType<typeof createApiClient>,
  unitId: string,
  collection: UnitCollection,
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

/**
 * The first full pull of everything a unit holds, as the app pulls it after sign-in: staff and
 * claims, then change requests and transfers, then projects (background-pull.ts, sync-projects.ts).
 */
async function pullStep(): Promise<Record<string, number>> {
  const { client, vault, unitId, serverNow } = await signIn();
  const db = await openReviewerDatabase({ unitId, key: vault.databaseKey });
  const options = { unitId, batchSize: pageSize, serverNow, retry, bulkFirstLoad: isBulkFirstLoad };
  const started = performance.now();
  // Where the pull's time goes, part by part.
  const parts: Record<string, number> = {};
  let partStarted = started;
  const partDone = (name: string) => {
    const at = performance.now();
    parts[`${name}_s`] = (at - partStarted) / 1000;
    partStarted = at;
  };
  let received = 0;
  for (const collection of ['staff', 'claims'] as const) {
    const pulled = await pullCollection(db, client, collection, options);
    if (!pulled.ok) throw new Error(`pull failed: ${JSON.stringify(pulled.error)}`);
    received += pulled.value.received;
    partDone(`pull_${collection}`);
  }
  const requests = await pullRequests(db, client, options);
  if (!requests.ok) throw new Error(`pull failed: ${JSON.stringify(requests.error)}`);
  partDone('pull_requests');
  const projects = await pullProjects(db, client, unitId, retry);
  if (!projects.ok) throw new Error(`pull failed: ${JSON.stringify(projects.error)}`);
  partDone('pull_projects');
  received += requests.value.received + projects.value;
  const pullSeconds = (performance.now() - started) / 1000;
  await closeReviewerDatabase(db);

  // The floor: the same documents written with a raw Dexie bulkPut, in this same browser.
  const held = new Map<UnitCollection, Record<string, unknown>[]>();
  for (const collection of unitCollections) {
    held.set(collection, await fetchAll(client, unitId, collection));
  }
  const raw = new Dexie(`bench-raw-${String(Date.now())}`);
  raw.version(1).stores(Object.fromEntries(unitCollections.map((c) => [c, 'id'])));
  const rawStarted = performance.now();
  for (const [collection, documents] of held) await raw.table(collection).bulkPut(documents);
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  raw.close();
  await Dexie.delete(raw.name);
  const counts = Object.fromEntries([...held].map(([c, documents]) => [c, documents.length]));
  return { pull_s: pullSeconds, raw_put_s: rawSeconds, received, ...counts, ...parts };
}

/**
 * 1,000 decisions of every kind, decided as the screens decide them and pushed: each pending
 * change request and transfer through the review actions (通过 and 不通过 in turn), the rest
 * returned claims in one outbox write (the write 批量通过 makes). The seed holds far fewer
 * requests than claims; the counts per kind say the mix. `push_1000_s` is the push alone.
 */
async function pushStep(): Promise<Record<string, number>> {
  const { client, vault, unitId } = await signIn();
  const db = await openReviewerDatabase({ unitId, key: vault.databaseKey });
  const outbox = createOutbox(db);
  const store = createReviewStore(db, vault.profile.unit.rulebook);
  const actions = createReviewActions({ outbox, store, reviewerName: '基准测试' });
  const started = performance.now();
  const pending = { selector: { status: 'submitted' as const }, limit: 1000 };
  const changes = await db.changes.find(pending).exec();
  const transfers = await db.transfers.find({ ...pending, limit: 1000 - changes.length }).exec();
  const staffIds = changes.map((change) => change.staffId);
  const staff = await db.staff.findByIds(staffIds).exec();
  const staffById = new Map(
    [...staff].map(([id, doc]) => [id, { ...doc.toMutableJSON(), deleted: false }]),
  );
  const requests = [
    ...changes.map((change) => requestSubject({ staffById }, { change: change.toMutableJSON() })),
    ...transfers.map((transfer) =>
      requestSubject({ staffById }, { transfer: transfer.toMutableJSON() }),
    ),
  ];
  for (const [index, request] of requests.entries()) {
    const decided =
      index % 2 === 0
        ? await actions.decideRequest(request, 'approve')
        : await actions.decideRequest(request, 'reject', '基准测试：材料不全');
    if (!decided.ok) throw new Error(decided.error.message);
  }
  const claims = await db.claims
    .find({ selector: { status: 'submitted' }, limit: 1000 - requests.length })
    .exec();
  const made = await outbox.decideClaims(
    claims.map((claim) => ({
      claim: claim.toJSON(),
      staffName: '基准',
      outcome: 'return' as const,
      reason: '基准测试退回',
      reviewerName: '基准测试',
    })),
  );
  if (!made.ok) throw new Error(made.error.message);
  const decideSeconds = (performance.now() - started) / 1000;
  const pushStarted = performance.now();
  const pushed = await pushOutbox(db, outbox, client, { unitId, retry });
  const seconds = (performance.now() - pushStarted) / 1000;
  if (!pushed.ok) throw new Error(`push failed: ${JSON.stringify(pushed.error)}`);
  await closeReviewerDatabase(db);
  return {
    push_1000_s: seconds,
    decide_s: decideSeconds,
    decisions: made.value.length + requests.length,
    claims: made.value.length,
    changes: changes.length,
    transfers: transfers.length,
    applied: pushed.value.applied,
  };
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

/**
 * A client whose pages come from memory, in the contract's (updatedAt, id) order: the pull's own
 * time, without the server's.
 */
function memoryClient(
  client: ReturnType<typeof createApiClient>,
  pages: Record<'staff' | 'claims', Record<string, unknown>[]>,
): ReturnType<typeof createApiClient> {
  const after = { staff: new Map<string, number>(), claims: new Map<string, number>() };
  for (const collection of ['staff', 'claims'] as const) {
    pages[collection].forEach((doc, index) => {
      after[collection].set(`${String(doc['updatedAt'])}|${String(doc['id'])}`, index + 1);
    });
  }
  return {
    ...client,
    pull: (_unitId, collection, checkpoint, limit) => {
      // The bench measures staff and claims: this platform holds no (1.1) requests or projects.
      const held = collection === 'staff' || collection === 'claims' ? collection : undefined;
      const from =
        checkpoint === undefined || held === undefined
          ? 0
          : (after[held].get(`${checkpoint.updatedAt}|${checkpoint.id}`) ?? 0);
      const documents = held === undefined ? [] : pages[held].slice(from, from + limit);
      const last = documents.at(-1);
      const next =
        last === undefined
          ? (checkpoint ?? { updatedAt: '1970-01-01T00:00:00.000Z', id: '' })
          : { updatedAt: String(last['updatedAt']), id: String(last['id']) };
      return Promise.resolve({ ok: true, value: { documents, checkpoint: next } } as const);
    },
  };
}

let localPages: Record<'staff' | 'claims', Record<string, unknown>[]> | undefined;

/** The server's pages, fetched once and kept, so a profiler can wrap the local pull alone. */
async function fetchLocalStep(): Promise<Record<string, number>> {
  const { client, unitId } = await signIn();
  localPages ??= {
    staff: await fetchAll(client, unitId, 'staff'),
    claims: await fetchAll(client, unitId, 'claims'),
  };
  return { staff: localPages.staff.length, claims: localPages.claims.length };
}

/**
 * The first full pull and the next one against pages held in memory, into a fresh database: the
 * client's own time, as a bulk load or through the plugin alone; `raw` is the floor, Dexie puts of
 * the same documents.
 */
async function localStep(mode: LocalMode): Promise<Record<string, number>> {
  await fetchLocalStep();
  const { client, vault, unitId, serverNow } = await signIn();
  const pages = localPages ?? { staff: [], claims: [] };
  const figures: Record<string, number> = {};
  if (mode === 'raw') {
    for (const collection of ['staff', 'claims'] as const) {
      const raw = new Dexie(`bench-raw-${String(Date.now())}`);
      raw.version(1).stores({ [collection]: 'id' });
      const started = performance.now();
      await raw.table(collection).bulkPut(pages[collection]);
      figures[`raw_${collection}_s`] = (performance.now() - started) / 1000;
      raw.close();
      await Dexie.delete(raw.name);
    }
    return figures;
  }
  const local = memoryClient(client, pages);
  const db = await openReviewerDatabase({
    unitId: `${unitId}-local-${String(Date.now())}`,
    key: vault.databaseKey,
  });
  // The second round is the next sync with nothing new: what it costs to find that out.
  for (const round of ['first', 'again'] as const) {
    for (const collection of ['staff', 'claims'] as const) {
      const started = performance.now();
      const pulled = await pullCollection(db, local, collection, {
        unitId,
        batchSize: pageSize,
        serverNow,
        retry,
        bulkFirstLoad: mode === 'bulk',
      });
      if (!pulled.ok) throw new Error(`pull failed: ${JSON.stringify(pulled.error)}`);
      figures[`${mode}_${round}_${collection}_s`] = (performance.now() - started) / 1000;
    }
  }
  await db.remove();
  return figures;
}

window.bench = (step) => {
  switch (step) {
    case 'pull':
      return pullStep();
    case 'push':
      return pushStep();
    case 'profile':
      return profileStep();
    case 'fetch-local':
      return fetchLocalStep();
    case 'local:bulk':
      return localStep('bulk');
    case 'local:replication':
      return localStep('replication');
    case 'local:raw':
      return localStep('raw');
    default:
      throw missingCaseError(step);
  }
};
