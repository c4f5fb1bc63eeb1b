import { ok, type Result } from '#shared/errors/result.ts';
import type { AppApi } from '#shared/ipc/contract.ts';
import { hex, unhex } from './hex.ts';

const saltName = 'vault-name-salt';
/**
 * Slow on purpose: 身份证号 are few enough (region, birth date, sequence) to try them all against
 * a fast hash, salt or no salt. At 100,000 rounds that is years; a sign-in pays it once.
 */
const nameRounds = 100_000;

/**
 * How vaults were named before issue 14: after the account, an administrator's 身份证号, which
 * a copied disk then shows in a file name. Read once more, at the next sign-in, and removed.
 */
export function legacyVaultName(account: string): string {
  return `vault-${account.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

/** This installation's random salt, kept (and sealed by the host) like a vault; made on first use. */
async function nameSalt(api: AppApi): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const found = await api.getSecret({ key: saltName });
  if (!found.ok) return found;
  if (found.value.value !== null) return ok(unhex(found.value.value));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const stored = await api.setSecret({ key: saltName, value: hex(salt) });
  return stored.ok ? ok(salt) : stored;
}

/** The vault's name: a salted, slow hash of the account that reveals nothing about it. */
export async function vaultName(api: AppApi, account: string): Promise<Result<string>> {
  const salt = await nameSalt(api);
  if (!salt.ok) return salt;
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(account.trim().toUpperCase()),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt.value, iterations: nameRounds },
    material,
    160,
  );
  return ok(`vault-${hex(new Uint8Array(bits))}`);
}
