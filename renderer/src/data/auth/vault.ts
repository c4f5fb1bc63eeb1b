import type { Unit } from '#shared/contract/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import type { AppApi } from '#shared/ipc/contract.ts';
import { hex, unhex } from './hex.ts';
import { legacyVaultName, vaultName } from './vault-name.ts';

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

/** OWASP's figure for PBKDF2-SHA256 (2023); vaults sealed with fewer are sealed again on opening. */
export const vaultRounds = 600_000;

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
  const key = await passwordKey(password, salt, vaultRounds);
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, unhex(databaseKey));
  const vault: SealedVault = {
    version: 1,
    salt: hex(salt),
    iterations: vaultRounds,
    iv: hex(iv),
    wrapped: hex(new Uint8Array(wrapped)),
    profile,
  };
  const name = await vaultName(api, profile.account);
  if (!name.ok) return name;
  const stored = await api.setSecret({ key: name.value, value: JSON.stringify(vault) });
  if (!stored.ok) return stored;
  // The vault under its old name, if any, goes; should that fail it is never read again (the new
  // name comes first) and the next seal removes it.
  await api.deleteSecret({ key: legacyVaultName(profile.account) });
  return ok(undefined);
}

interface FoundVault {
  readonly sealed: SealedVault;
  /** Found under the account's own name, or with fewer rounds than now: to be sealed again. */
  readonly isOutdated: boolean;
}

async function read(api: AppApi, account: string): Promise<Result<FoundVault | null>> {
  const name = await vaultName(api, account);
  if (!name.ok) return name;
  let found = await api.getSecret({ key: name.value });
  const isLegacy = found.ok && found.value.value === null;
  if (isLegacy) found = await api.getSecret({ key: legacyVaultName(account) });
  if (!found.ok) return found;
  if (found.value.value === null) return ok(null);
  try {
    const sealed = JSON.parse(found.value.value) as SealedVault;
    return ok({ sealed, isOutdated: isLegacy || sealed.iterations < vaultRounds });
  } catch {
    return err(appError('internal', '本机保存的登录信息已损坏，请连接省平台重新登录。'));
  }
}

/**
 * Opens the vault with the password; a wrong password fails the AES-GCM check. An outdated vault
 * (old name, fewer rounds) is sealed again, the same key under the same password, now that the
 * password is known to be right; should that fail the reviewer works on and the next opening tries.
 */
export async function openVault(
  api: AppApi,
  account: string,
  password: string,
): Promise<Result<OpenedVault | null>> {
  const vault = await read(api, account);
  if (!vault.ok || vault.value === null) return vault.ok ? ok(null) : vault;
  const { sealed, isOutdated } = vault.value;
  const key = await passwordKey(password, unhex(sealed.salt), sealed.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unhex(sealed.iv) },
      key,
      unhex(sealed.wrapped),
    );
  } catch {
    return err(appError('unauthorized', '密码不正确。'));
  }
  const opened = { databaseKey: hex(new Uint8Array(plain)), profile: sealed.profile };
  if (isOutdated) await seal(api, password, opened.databaseKey, opened.profile);
  return ok(opened);
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
