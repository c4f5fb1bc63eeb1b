import { redactPersonalData } from '#shared/privacy/redact.ts';
import { idbRequest as request } from './idb-request.ts';

/**
 * The browser host's log: the latest lines in IndexedDB, redacted before they are stored, so
 * 导出诊断信息 has something to send in browser mode too. Bounded: older lines are dropped.
 */
const dbName = 'ce-host-logs';
const storeName = 'lines';
export const maxBrowserLogLines = 2000;

async function openStore(): Promise<IDBDatabase> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(storeName, { autoIncrement: true });
  return request(open);
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('log write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('log write aborted'));
  });
}

export async function appendBrowserLog(
  level: string,
  scope: string,
  message: string,
  now = new Date(),
): Promise<void> {
  const db = await openStore();
  try {
    const transaction = db.transaction(storeName, 'readwrite');
    const store = transaction.objectStore(storeName);
    store.add(`[${now.toISOString()}] [${level}] (${scope}) ${redactPersonalData(message)}`);
    // Keys grow by one per line: everything below the newest `max` keys goes.
    const newest = store.openCursor(null, 'prev');
    newest.onsuccess = () => {
      const cursor = newest.result;
      if (cursor === null) return;
      const cutoff = Number(cursor.key) - maxBrowserLogLines;
      if (cutoff > 0) store.delete(IDBKeyRange.upperBound(cutoff));
    };
    await done(transaction);
  } finally {
    db.close();
  }
}

export async function readBrowserLog(): Promise<string> {
  const db = await openStore();
  try {
    const lines = await request(db.transaction(storeName).objectStore(storeName).getAll());
    return lines.map(String).join('\n');
  } finally {
    db.close();
  }
}
