import type { RxCollection, RxDocumentData, RxStorageChangeEvent } from 'rxdb';
import type { RecordChange } from './working-set.ts';

/** RxDB's own fields on a stored document; the records the screens see have none of them. */
function plain<T>(stored: RxDocumentData<T>): T {
  const { _meta: _m, _rev: _r, _attachments: _a, _deleted: _d, ...record } = stored;
  return record as T;
}

/**
 * Reads a collection in pages in primary-key order, straight through its storage instance: no
 * RxDocument is made and nothing enters RxDB's document cache, which for 120,000 records was
 * most of signing in on a full replica. `onPage` is awaited before the next page is read; the
 * first page may be smaller than the rest, to be shown sooner.
 */
export async function readPages<T>(
  collection: RxCollection<T>,
  sizes: { readonly first: number; readonly rest: number },
  onPage: (records: T[]) => Promise<void> | void,
): Promise<void> {
  const key = collection.schema.primaryPath as string;
  let after: string | undefined;
  for (;;) {
    const size = after === undefined ? sizes.first : sizes.rest;
    const query = collection.find({
      selector: (after === undefined ? {} : { [key]: { $gt: after } }) as never,
      sort: [{ [key]: 'asc' }] as never,
      limit: size,
    });
    const { documents } = await collection.storageInstance.query(query.getPreparedQuery());
    await onPage(documents.map(plain));
    const last = documents.at(-1);
    if (last === undefined || documents.length < size) return;
    after = String((last as Record<string, unknown>)[key]);
  }
}

/** Records of the given ids, read the same way (the people of the first page of claims). */
export async function readByIds<T>(
  collection: RxCollection<T>,
  ids: readonly string[],
): Promise<T[]> {
  const found = await collection.storageInstance.findDocumentsById([...ids], false);
  return found.map(plain);
}

/** A storage change as a change of the working set: a tombstone or deletion removes the record. */
export function changeOf<T extends { readonly revision: number }>(
  event: RxStorageChangeEvent<T>,
): RecordChange<T> {
  const data = event.documentData as RxDocumentData<T> | undefined;
  if (event.operation === 'DELETE' || data === undefined || data._deleted) {
    const revision = data?.revision ?? event.previousDocumentData?.revision ?? 0;
    return { kind: 'remove', id: event.documentId, revision };
  }
  return { kind: 'put', record: plain(data) };
}
