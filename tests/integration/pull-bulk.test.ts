import fc from 'fast-check';
import { IDBIndex as FakeIndex } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Staff } from '#shared/contract/index.ts';
import type { ReviewerDatabase } from '../../renderer/src/data/db/database.ts';
import type { ApiClient } from '../../renderer/src/data/sync/api-client.ts';
import { pullCollection, type PullProgress } from '../../renderer/src/data/sync/pull/index.ts';
import { serverTime, startFakeProvincial, type FakeProvincial } from './fake-provincial.ts';
import {
  asStored,
  clientOf,
  closeReviewerDatabase,
  goodStaff,
  noWait,
  openReplica,
  phoneOf,
  pull,
  storedJson,
  unitId,
  rawRecords,
} from './replica-fixture.ts';

const pageSize = 5;

/** Puts the current state of a record on the server: a change moves it to the end of the feed. */
function putOnServer(server: FakeProvincial, document: unknown, at: number, id: string): void {
  const records = server.records.staff.filter((record) => record.key.id !== id);
  records.push({ key: { updatedAt: serverTime(at), id }, document });
  server.records.staff = records;
}

describe('first full pull as a bulk load', () => {
  let server: FakeProvincial;
  let db: ReviewerDatabase;
  let replica: string;
  let clock = 0;
  /** The next version of person n on the server, at the next second. */
  const putStaff = (n: number, extra: Partial<Staff> = {}) => {
    clock += 1;
    const document = goodStaff(n, clock, extra);
    putOnServer(server, document, clock, document.id);
    return document;
  };

  beforeEach(async () => {
    server = await startFakeProvincial(unitId);
    clock = 0;
    replica = `bulk-${String(Date.now())}-${String(Math.random()).slice(2, 8)}`;
    db = await openReplica(replica);
  });

  afterEach(async () => {
    await closeReviewerDatabase(db);
    await server.close();
  });

  /** A full staff pull that runs `cut` once its second page is kept (a reload, a server's death). */
  function pullCutAfterTwoPages(client: ApiClient, cut: () => void) {
    let reports = 0;
    return pullCollection(db, client, 'staff', {
      unitId,
      batchSize: pageSize,
      serverNow: Date.now(),
      retry: noWait,
      onProgress: () => {
        reports += 1;
        if (reports === 2) cut();
      },
    });
  }

  it('resumes from its last kept page and ends with every record once when the database closes mid-way', async () => {
    for (let n = 1; n <= 23; n += 1) putStaff(n);
    const direct = clientOf(server);
    let closing: Promise<void> | undefined;
    let calls = 0;
    // A reload in the middle of the load: the database goes away after the second page is kept,
    // and the third page arrives only once it has.
    const client = {
      ...direct,
      pull: async (...args: Parameters<typeof direct.pull>) => {
        calls += 1;
        if (calls === 3) {
          await vi.waitFor(() => {
            expect(closing).toBeDefined();
          });
          await closing;
        }
        return direct.pull(...args);
      },
    };
    const cut = await pullCutAfterTwoPages(client, () => {
      closing = closeReviewerDatabase(db);
    });
    // The closed database's own words (an RxDB error code) end the pull as a storage failure,
    // never as the network's.
    expect(cut).toMatchObject({
      ok: false,
      error: { reason: 'local', failure: { kind: 'local', error: { code: 'storage_broken' } } },
    });
    await closing;

    db = await openReplica(replica);
    expect((await db.staff.find().exec()).map((d) => d.id).sort()).toEqual([
      's-1',
      's-10',
      's-2',
      's-3',
      's-4',
      's-5',
      's-6',
      's-7',
      's-8',
      's-9',
    ]);
    // As if the third page had been written but the reload came before its checkpoint was kept:
    // an older state of s-12 is already here.
    await db.staff.insert(asStored(goodStaff(12, 1, { name: '旧名' })) as never);
    const servedBefore = server.pulls.length;
    const resumed = await pull(db, server, 'staff', pageSize);
    expect(resumed).toEqual({ ok: true, value: { received: 13, skipped: 0 } });
    // It went on from the last page it had kept, not from the start.
    expect(server.pulls.slice(servedBefore).map((p) => p.after?.id)).toEqual([
      's-10',
      's-15',
      's-20',
    ]);
    const stored = await storedJson(db, 'staff');
    expect(stored.size).toBe(23);
    for (const record of server.records.staff) {
      expect(stored.get(record.key.id)).toEqual(asStored(record.document as Staff));
    }
  });

  it('resumes from its last kept page when the server dies mid-way and another answers', async () => {
    for (let n = 1; n <= 23; n += 1) putStaff(n);
    const dying = server;
    const cut = await pullCutAfterTwoPages(clientOf(dying), () => void dying.close());
    expect(cut).toEqual({
      ok: false,
      error: {
        reason: 'gave-up',
        failure: { kind: 'network', message: 'TypeError: fetch failed' },
      },
    });
    if (!cut.ok) expect(cut.error.failure.kind).toBe('network');

    server = await startFakeProvincial(unitId);
    server.records.staff = dying.records.staff;
    const progress: PullProgress[] = [];
    const resumed = await pullCollection(db, clientOf(server), 'staff', {
      unitId,
      batchSize: pageSize,
      serverNow: Date.now(),
      retry: noWait,
      onProgress: (p) => progress.push(p),
    });
    const from = Number(server.pulls[0]?.after?.id.slice(2));
    expect(resumed).toEqual({ ok: true, value: { received: 23 - from, skipped: 0 } });
    expect(server.pulls[0]?.after?.id).toMatch(/^s-(10|15|20)$/);
    // Only what came after the kept page was fetched again, and counted once.
    expect(resumed.ok && resumed.value.received).toBe(23 - from);
    expect(progress.at(-1)).toEqual({
      collection: 'staff',
      received: 23 - from,
      skipped: 0,
      percent: 100,
    });
    const stored = await storedJson(db, 'staff');
    expect(stored.size).toBe(23);
  });

  it('takes a change made on the server after the load through the replication plugin, replacing the local record', async () => {
    for (let n = 1; n <= 12; n += 1) putStaff(n);
    expect(await pull(db, server, 'staff', pageSize)).toEqual({
      ok: true,
      value: { received: 12, skipped: 0 },
    });
    const loadEnd = server.records.staff.at(-1)?.key;

    const changed = putStaff(3, { name: '改名职工', phone: phoneOf(333), revision: 2 });
    putStaff(4, { revision: 2, deleted: true });
    putStaff(13);
    const writes: { context: string; ids: string[] }[] = [];
    const subscription = db.eventBulks$.subscribe((bulk) => {
      if (bulk.collectionName !== 'staff') return;
      writes.push({ context: bulk.context, ids: bulk.events.map((e) => e.documentId) });
    });
    const before = server.pulls.length;
    const next = await pull(db, server, 'staff', pageSize);
    subscription.unsubscribe();

    expect(next).toEqual({ ok: true, value: { received: 3, skipped: 0 } });
    expect(server.pulls[before]?.after).toEqual(loadEnd);
    const stored = await storedJson(db, 'staff');
    expect(stored.get('s-3')).toEqual(asStored(changed));
    expect(stored.has('s-4')).toBe(false);
    expect(stored.get('s-13')).toBeDefined();
    expect(stored.size).toBe(12);
    // Written by the plugin's downstream, not by the bulk load.
    const byPlugin = writes.filter((w) => w.context.startsWith('replication-downstream'));
    expect(byPlugin.flatMap((w) => w.ids).sort()).toEqual(['s-13', 's-3', 's-4']);
    expect(writes.filter((w) => w.context === 'rx-collection-bulk-insert')).toEqual([]);

    await closeReviewerDatabase(db);
    const raw = await rawRecords(replica);
    expect(raw).toContain('改名职工');
    expect(raw).not.toContain(phoneOf(333));
    db = await openReplica(replica);
    expect((await db.staff.findOne('s-3').exec())?.phone).toBe(phoneOf(333));
  });

  it('reads none of the loaded records back out of the replica when the plugin takes over', async () => {
    for (let n = 1; n <= 12; n += 1) putStaff(n);
    expect(await pull(db, server, 'staff', pageSize)).toEqual({
      ok: true,
      value: { received: 12, skipped: 0 },
    });
    putStaff(13);
    // Even a pull-only replication first reads back every local change its upstream has not seen;
    // after a bulk load that would be every record, read with an index cursor.
    let readBack = 0;
    const openCursor = Reflect.get<IDBIndex, 'openCursor'>(FakeIndex.prototype, 'openCursor');
    const spy = vi.spyOn(FakeIndex.prototype, 'openCursor').mockImplementation(function (
      this: IDBIndex,
      ...args
    ) {
      const cursor = openCursor.apply(this, args);
      if (this.objectStore.transaction.db.name.endsWith('--staff')) {
        cursor.addEventListener('success', () => {
          if (cursor.result !== null) readBack += 1;
        });
      }
      return cursor;
    });
    try {
      expect(await pull(db, server, 'staff', pageSize)).toEqual({
        ok: true,
        value: { received: 1, skipped: 0 },
      });
    } finally {
      spy.mockRestore();
    }
    // At most the one record the pull itself wrote.
    expect(readBack).toBeLessThanOrEqual(1);
    expect((await storedJson(db, 'staff')).size).toBe(13);
  });

  it('skips and reports a malformed record of a bulk page and removes a record its later tombstone names', async () => {
    putStaff(1);
    clock += 1;
    putOnServer(server, { ...goodStaff(90, clock), revision: 'two' }, clock, 's-90');
    for (const n of [2, 3, 4, 5]) putStaff(n);
    // While the load runs, s-2 (already in the first page) is removed on the server.
    let served = 0;
    server.pageHook = () => {
      served += 1;
      if (served === 1) putStaff(2, { revision: 2, deleted: true });
      return undefined;
    };
    const result = await pull(db, server, 'staff', pageSize);
    expect(result).toEqual({ ok: true, value: { received: 7, skipped: 1 } });
    expect(server.pulls.map((p) => p.served)).toEqual([5, 2]);
    const stored = await storedJson(db, 'staff');
    expect([...stored.keys()].sort()).toEqual(['s-1', 's-3', 's-4', 's-5']);
    const issues = await db.pullissues.find().exec();
    expect(issues.map((i) => i.documentId)).toEqual(['s-90']);
    expect(issues[0]?.message).toContain('revision');
    // The next pull starts after everything the load saw, the bad record included.
    const before = server.pulls.length;
    expect(await pull(db, server, 'staff', pageSize)).toEqual({
      ok: true,
      value: { received: 0, skipped: 0 },
    });
    expect(server.pulls.slice(before).map((p) => p.after?.id)).toEqual(['s-2']);
  });

  it('replaces a record it already wrote when the record changes on the server during the load', async () => {
    for (let n = 1; n <= 7; n += 1) putStaff(n);
    // s-3, written with the first page, changes on the server and comes again in the second.
    let served = 0;
    let changed: Staff | undefined;
    server.pageHook = () => {
      served += 1;
      if (served === 1) changed = putStaff(3, { name: '新名', revision: 2 });
      return undefined;
    };
    const result = await pull(db, server, 'staff', pageSize);
    expect(result).toEqual({ ok: true, value: { received: 8, skipped: 0 } });
    expect(server.pulls.map((p) => p.served)).toEqual([5, 3]);
    const stored = await storedJson(db, 'staff');
    expect(stored.size).toBe(7);
    expect(stored.get('s-3')).toEqual(changed === undefined ? undefined : asStored(changed));
    expect(stored.get('s-4')).toEqual(asStored(goodStaff(4, 4)));
    // Written over as an update (RxDB's second revision), not inserted a second time.
    const revisions = (await db.staff.find().exec()).map((doc) => [
      doc.id,
      doc.toJSON(true)._rev.split('-')[0],
    ]);
    expect(Object.fromEntries(revisions)).toEqual({
      's-1': '1',
      's-2': '1',
      's-3': '2',
      's-4': '1',
      's-5': '1',
      's-6': '1',
      's-7': '1',
    });
  });
});

interface Step {
  /** Which person (1–6) the step touches. */
  readonly n: number;
  readonly kind: 'write' | 'delete' | 'bad';
}

const steps = fc.array(
  fc.record({
    n: fc.integer({ min: 1, max: 6 }),
    kind: fc.constantFrom<Step['kind']>('write', 'write', 'write', 'delete', 'bad'),
  }),
  { maxLength: 14 },
);

describe('bulk load against the replication plugin', () => {
  let runs = 0;
  it('leaves the same replica and the same issues as the plugin alone, before and after later changes', async () => {
    await fc.assert(
      fc.asyncProperty(steps, steps, fc.integer({ min: 1, max: 6 }), async (first, later, size) => {
        const server = await startFakeProvincial(unitId);
        let clock = 0;
        const apply = (step: Step) => {
          clock += 1;
          const id = `s-${String(step.n)}`;
          const document =
            step.kind === 'bad'
              ? { ...goodStaff(step.n, clock), revision: -1 }
              : goodStaff(step.n, clock, {
                  name: `职工${String(step.n)}-${String(clock)}`,
                  revision: clock,
                  deleted: step.kind === 'delete',
                });
          putOnServer(server, document, clock, id);
        };
        try {
          first.forEach(apply);
          runs += 1;
          const suffix = `${String(Date.now())}-${String(Math.random()).slice(2, 8)}`;
          const replicas = { bulk: `prop-b-${String(runs)}`, plugin: `prop-p-${String(runs)}` };
          /** Pulls into a replica: every record changed after `after` is received, bad ones skipped. */
          const snapshot = async (name: string, isBulk: boolean, after: number) => {
            const sent = server.records.staff.filter((r) => r.key.updatedAt > serverTime(after));
            const bad = sent.filter((r) => (r.document as Staff).revision === -1);
            const replica = await openReplica(`${name}-${suffix}`);
            try {
              const result = await pullCollection(replica, clientOf(server), 'staff', {
                unitId,
                batchSize: size,
                serverNow: Date.now(),
                retry: noWait,
                bulkFirstLoad: isBulk,
              });
              expect(result).toEqual({
                ok: true,
                value: { received: sent.length, skipped: bad.length },
              });
              const issues = await replica.pullissues.find().exec();
              return {
                stored: await storedJson(replica, 'staff'),
                issues: issues.map((i) => i.documentId).sort(),
              };
            } finally {
              await closeReviewerDatabase(replica);
            }
          };
          /** What the server holds now: good records kept as sent, tombstones gone. */
          const expectServerState = (stored: Map<string, Record<string, unknown>>) => {
            for (const record of server.records.staff) {
              const document = record.document as Staff;
              if (document.revision === -1) continue;
              expect(stored.get(document.id)).toEqual(
                document.deleted ? undefined : asStored(document),
              );
            }
          };
          const bulkFirst = await snapshot(replicas.bulk, true, 0);
          const pluginFirst = await snapshot(replicas.plugin, false, 0);
          expect([...bulkFirst.stored].sort()).toEqual([...pluginFirst.stored].sort());
          expect(bulkFirst.issues).toEqual(pluginFirst.issues);
          expectServerState(bulkFirst.stored);
          expect(bulkFirst.stored.size).toBe(
            server.records.staff.filter((r) => {
              const document = r.document as Staff;
              return document.revision !== -1 && !document.deleted;
            }).length,
          );

          const loaded = clock;
          later.forEach(apply);
          const bulkLater = await snapshot(replicas.bulk, true, loaded);
          const pluginLater = await snapshot(replicas.plugin, false, loaded);
          expect([...bulkLater.stored].sort()).toEqual([...pluginLater.stored].sort());
          expect(bulkLater.issues).toEqual(pluginLater.issues);
          expectServerState(bulkLater.stored);
        } finally {
          await server.close();
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
