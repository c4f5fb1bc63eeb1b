import {
  categorizeBulkWriteRows,
  fillObjectDataBeforeInsert,
  now,
  type RxCollection,
  type RxDocumentData,
} from 'rxdb';
import { fromStorageToDexie, RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';
import { filter, firstValueFrom, type Subject } from 'rxjs';
import { storedFormOf } from '../../db/field-encryption.ts';

type Stored = RxDocumentData<Record<string, unknown>>;

/** The write context of these writes in RxDB's change events. */
const context = 'ce-first-pull';

/**
 * Inserts documents that the collection has never held, as RxDB itself inserts them, minus the
 * one step that buys nothing here: the storage's conflict read (`getDocsInDb`, a `bulkGet` of
 * every id before every write, about a sixth of a first pull). Each step below is the one RxDB's
 * own `bulkInsert` takes, in its order, through RxDB's exported helpers:
 * defaults and `_deleted`/`_attachments` (`fillObjectDataBeforeInsert`), `_meta.lwt` and the first
 * `_rev` (its wrapped storage instance), the sealing of encrypted fields (field-encryption.ts),
 * the rows and change events of an insert (`categorizeBulkWriteRows`, with nothing in the
 * database), the Dexie form (`fromStorageToDexie`: boolean indexes as '0'/'1'), one `bulkPut` in
 * a transaction, then the change events, so live queries see the new documents as after any
 * insert. It resolves once the collection has seen them, as RxDB's writes do.
 *
 * The caller guarantees that no document given is in the collection (bulk-load.ts: a load begun
 * on an empty collection, each id at most once); one that was would be overwritten unannounced.
 */
export async function insertUnseen(
  collection: RxCollection<Record<string, unknown>>,
  documents: readonly Record<string, unknown>[],
): Promise<void> {
  if (documents.length === 0) return;
  const dexie = dexieInstanceOf(collection);
  if (collection.schema.jsonSchema.attachments !== undefined) {
    throw new Error(`insertUnseen: ${collection.name} has attachments, which it does not write`);
  }
  const meta = { lwt: now() };
  const revision = `1-${collection.database.token}`;
  const toStorage = storedFormOf(collection.internalStorageInstance);
  const rows = await Promise.all(
    documents.map(async (doc) => {
      const filled = fillObjectDataBeforeInsert(collection.schema, doc) as Stored;
      return { document: await toStorage({ ...filled, _meta: meta, _rev: revision }) };
    }),
  );
  const categorized = categorizeBulkWriteRows<Record<string, unknown>>(
    dexie,
    dexie.primaryPath,
    new Map(),
    rows,
    context,
  );
  const [failure] = categorized.errors;
  if (failure !== undefined) {
    throw new Error(`insertUnseen: ${failure.documentId} refused with ${String(failure.status)}`);
  }
  const state = await dexie.internals;
  const dexieRows = categorized.bulkInsertDocs.map(
    (row): unknown => fromStorageToDexie(state.booleanIndexes, row.document) as unknown,
  );
  await collection.database.lockedRun(() =>
    state.dexieDb.transaction('rw', state.dexieTable, () => state.dexieTable.bulkPut(dexieRows)),
  );
  const { eventBulk, newestRow } = categorized;
  if (newestRow === undefined) return;
  eventBulk.checkpoint = {
    id: newestRow.document[dexie.primaryPath],
    lwt: newestRow.document._meta.lwt,
  };
  const seen = firstValueFrom(collection.eventBulks$.pipe(filter((b) => b.id === eventBulk.id)));
  // The stream RxDB's own Dexie writes announce on (private in its types, not in its code).
  (dexie['changes$'] as Subject<typeof eventBulk>).next(eventBulk);
  await seen;
}

/** The Dexie storage instance under the collection's wrappers (RxDB's own, field encryption). */
function dexieInstanceOf(
  collection: RxCollection<Record<string, unknown>>,
): RxStorageInstanceDexie<Record<string, unknown>> {
  let layer: unknown = collection.storageInstance;
  while (!(layer instanceof RxStorageInstanceDexie)) {
    const inner = (layer as { originalStorageInstance?: unknown } | undefined)
      ?.originalStorageInstance;
    if (inner === undefined) {
      throw new Error(`insertUnseen: ${collection.name} is not stored in RxDB's Dexie storage`);
    }
    layer = inner;
  }
  return layer as RxStorageInstanceDexie<Record<string, unknown>>;
}
