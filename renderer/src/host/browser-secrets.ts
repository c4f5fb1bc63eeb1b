import { idbRequest as request } from './idb-request.ts';

/**
 * Secret storage for the browser host: values are sealed with AES-GCM under a non-extractable
 * Web Crypto key that lives in IndexedDB, so script on the page can use but never read the key.
 * This is weaker than the OS keychain; docs/threat-model.md says what it does and does not stop.
 */
const dbName = 'ce-host-secrets';
const storeName = 'secrets';
const masterKeyId = '__master-key';

interface Sealed {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

async function openStore(): Promise<IDBDatabase> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(storeName);
  return request(open);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openStore();
  try {
    return await request(run(db.transaction(storeName, mode).objectStore(storeName)));
  } finally {
    db.close();
  }
}

async function masterKey(): Promise<CryptoKey> {
  const existing = await withStore<unknown>('readonly', (store) => store.get(masterKeyId));
  if (existing instanceof CryptoKey) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await withStore('readwrite', (store) => store.put(key, masterKeyId));
  return key;
}

export async function getBrowserSecret(key: string): Promise<string | null> {
  const sealed = await withStore<unknown>('readonly', (store) => store.get(`secret:${key}`));
  if (sealed === undefined) return null;
  const { iv, data } = sealed as Sealed;
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await masterKey(), data);
  return new TextDecoder().decode(plain);
}

export async function setBrowserSecret(key: string, value: string): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await masterKey(),
    new TextEncoder().encode(value),
  );
  const sealed: Sealed = { iv, data };
  await withStore('readwrite', (store) => store.put(sealed, `secret:${key}`));
}

export async function deleteBrowserSecret(key: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(`secret:${key}`));
}
