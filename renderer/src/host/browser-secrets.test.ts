import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteBrowserSecret, getBrowserSecret, setBrowserSecret } from './browser-secrets.ts';

describe('browser secrets', () => {
  it('reads back what was stored and forgets it when deleted', async () => {
    await setBrowserSecret('db-key', 'wrapped-key-material');
    expect(await getBrowserSecret('db-key')).toBe('wrapped-key-material');
    await deleteBrowserSecret('db-key');
    expect(await getBrowserSecret('db-key')).toBeNull();
  });

  it('keeps only ciphertext in IndexedDB when a secret is stored', async () => {
    await setBrowserSecret('verifier', 'plain-text-secret');
    const raw = await new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('ce-host-secrets', 1);
      open.onsuccess = () => {
        const get = open.result
          .transaction('secrets')
          .objectStore('secrets')
          .get('secret:verifier');
        get.onsuccess = () => {
          resolve(get.result);
        };
        get.onerror = () => {
          reject(get.error ?? new Error('get failed'));
        };
      };
    });
    const { data } = raw as { data: ArrayBuffer };
    expect(new TextDecoder().decode(data)).not.toContain('plain-text-secret');
  });
});
