import {
  clone,
  getProperty,
  hasEncryption,
  newRxError,
  setProperty,
  wrapRxStorageInstance,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import { decryptString } from 'rxdb/plugins/encryption-crypto-js';

/** Values written by this wrapper: AES-256-GCM, a fresh 96-bit IV each, base64 of IV ‖ sealed. */
const prefix = 'g1:';
const ivBytes = 12;

/** The AES key of one database: SHA-256 of its password (the random 256-bit database key). */
async function keyOf(password: string): Promise<CryptoKey> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
  return crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function seal(key: CryptoKey, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const out = new Uint8Array(ivBytes + sealed.length);
  out.set(iv);
  out.set(sealed, ivBytes);
  return prefix + toBase64(out);
}

async function open(key: CryptoKey, password: string, stored: unknown): Promise<unknown> {
  if (typeof stored !== 'string') throw newRxError('SNH', { args: { stored } });
  // Written before this wrapper, by RxDB's crypto-js plugin: still read, rewritten on next write.
  if (!stored.startsWith(prefix)) return JSON.parse(decryptString(stored, password)) as unknown;
  const bytes = fromBase64(stored.slice(prefix.length));
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.subarray(0, ivBytes) },
    key,
    bytes.subarray(ivBytes),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

type Seal = <T>(doc: RxDocumentData<T>) => Promise<RxDocumentData<T>>;

/** The sealing of each instance this wrapper made, for the first pull's own writes. */
const sealers = new WeakMap<object, Seal>();

/**
 * A document in the form the storage under `instance` keeps it: its encrypted fields sealed as
 * this wrapper seals them, or as it is when `instance` encrypts nothing. For writes that go to
 * the storage underneath directly (data/sync/pull/stored-write.ts).
 */
export function storedFormOf<T>(
  instance: RxStorageInstance<T, unknown, unknown>,
): (doc: RxDocumentData<T>) => Promise<RxDocumentData<T>> {
  return sealers.get(instance) ?? ((doc) => Promise.resolve(doc));
}

/** The schema the storage underneath sees: each encrypted field is a plain string there. */
function storedSchema<T>(schema: RxJsonSchema<RxDocumentData<T>>): RxJsonSchema<RxDocumentData<T>> {
  const stored = clone(schema);
  delete stored.encrypted;
  for (const path of schema.encrypted ?? []) {
    const parts = path.split('.');
    let level = stored as unknown as { properties: Record<string, unknown> };
    for (const part of parts.slice(0, -1)) {
      level = level.properties[part] as { properties: Record<string, unknown> };
    }
    level.properties[parts[parts.length - 1] ?? path] = { type: 'string' };
  }
  return stored;
}

/**
 * Encrypts the schema's `encrypted` fields (身份证号, phone numbers) with Web Crypto, the key
 * derived once per collection. It replaces RxDB's crypto-js plugin, which derived a key for every
 * value: 20,000 staff cost about ten seconds each way, in the first pull and at every sign-in.
 * Fields that plugin wrote are still read (see `open`), so existing replicas keep working.
 */
export function fieldEncryptionStorage<Internals, Options>(
  storage: RxStorage<Internals, Options>,
): RxStorage<Internals, Options> {
  return {
    ...storage,
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, Options>) {
      if (!hasEncryption(params.schema)) return storage.createStorageInstance(params);
      const password: unknown = params.password;
      if (typeof password !== 'string' || password === '') {
        throw newRxError('EN3', {
          database: params.databaseName,
          collection: params.collectionName,
          schema: params.schema,
        });
      }
      if (params.schema.attachments?.encrypted === true) {
        throw new Error('fieldEncryptionStorage: encrypted attachments are not supported');
      }
      const paths = params.schema.encrypted ?? [];
      const key = await keyOf(password);
      const instance = await storage.createStorageInstance({
        ...params,
        schema: storedSchema(params.schema),
      });
      async function each(
        doc: RxDocumentData<T>,
        change: (value: unknown) => Promise<unknown>,
      ): Promise<RxDocumentData<T>> {
        const copy = clone(doc);
        for (const path of paths) {
          const value: unknown = getProperty(copy, path);
          if (value !== undefined) setProperty(copy, path, await change(value));
        }
        return copy;
      }
      const toStorage = (doc: RxDocumentData<T>) => each(doc, (value) => seal(key, value));
      const wrapped = wrapRxStorageInstance(
        params.schema,
        instance,
        toStorage,
        (doc: RxDocumentData<T>) => each(doc, (value) => open(key, password, value)),
      );
      sealers.set(wrapped, toStorage as Seal);
      return wrapped;
    },
  };
}
