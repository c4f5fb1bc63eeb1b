import type { Unit } from '#shared/contract/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import type { AppApi } from '#shared/ipc/contract.ts';

/**
 * The vault holds the random key that encrypts personal data in the local database, wrapped by a
 * key derived from the reviewer's password (PBKDF2 through Web Crypto). The password itself is
 * never stored: a successful unwrap is the offline proof of it. The host then seals the vault
 * again: the OS keychain under Electron, a non-extractable IndexedDB key in the browser.
 */
export interface Profile {
  readonly account: string;
  readonly adminId: string;
  readonly adminName: string;
  readonly unit: Unit;
}

interface SealedVault {
  readonly version: 1;
  readonly salt: string;
  readonly iterations: number;
  readonly iv: string;
  readonly wrapped: string;
  readonly profile: Profile;
}

export interface OpenedVault {
  /** 64 hex characters: the database key. */
  readonly databaseKey: string;
  readonly profile: Profile;
}

const iterations = 310_000;

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
function unhex(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function vaultKey(account: string): string {
  return `vault-${account.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

async function passwordKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  rounds: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(
  api: AppApi,
  password: string,
  databaseKey: string,
  profile: Profile,
): Promise<Result<void>> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passwordKey(password, salt, iterations);
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, unhex(databaseKey));
  const vault: SealedVault = {
    version: 1,
    salt: hex(salt),
    iterations,
    iv: hex(iv),
    wrapped: hex(new Uint8Array(wrapped)),
    profile,
  };
  const stored = await api.setSecret({
    key: vaultKey(profile.account),
    value: JSON.stringify(vault),
  });
  return stored.ok ? ok(undefined) : stored;
}

async function read(api: AppApi, account: string): Promise<Result<SealedVault | null>> {
  const found = await api.getSecret({ key: vaultKey(account) });
  if (!found.ok) return found;
  if (found.value.value === null) return ok(null);
  try {
    return ok(JSON.parse(found.value.value) as SealedVault);
  } catch {
    return err(appError('internal', '本机保存的登录信息已损坏，请连接省平台重新登录。'));
  }
}

export async function hasVault(api: AppApi, account: string): Promise<boolean> {
  const vault = await read(api, account);
  return vault.ok && vault.value !== null;
}

/** Opens the vault with the password; a wrong password fails the AES-GCM check. */
export async function openVault(
  api: AppApi,
  account: string,
  password: string,
): Promise<Result<OpenedVault | null>> {
  const vault = await read(api, account);
  if (!vault.ok || vault.value === null) return vault.ok ? ok(null) : vault;
  const sealed = vault.value;
  const key = await passwordKey(password, unhex(sealed.salt), sealed.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unhex(sealed.iv) },
      key,
      unhex(sealed.wrapped),
    );
    return ok({ databaseKey: hex(new Uint8Array(plain)), profile: sealed.profile });
  } catch {
    return err(appError('unauthorized', '密码不正确。'));
  }
}

/** A new vault with a fresh random database key. */
export async function createVault(
  api: AppApi,
  password: string,
  profile: Profile,
): Promise<Result<OpenedVault>> {
  const databaseKey = hex(crypto.getRandomValues(new Uint8Array(32)));
  const sealed = await seal(api, password, databaseKey, profile);
  return sealed.ok ? ok({ databaseKey, profile }) : sealed;
}

/** The same database key under a new password (after 修改密码), with the latest profile. */
export async function rewrapVault(
  api: AppApi,
  vault: OpenedVault,
  newPassword: string,
  profile: Profile,
): Promise<Result<OpenedVault>> {
  const sealed = await seal(api, newPassword, vault.databaseKey, profile);
  return sealed.ok ? ok({ databaseKey: vault.databaseKey, profile }) : sealed;
}
