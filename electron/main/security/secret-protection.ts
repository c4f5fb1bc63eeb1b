import type { IpcOutput } from '../../../shared/ipc/contract.ts';

/**
 * How well the OS keeps the secrets safeStorage seals. On Linux without a keyring (GNOME
 * libsecret or KWallet), Chromium falls back to `basic_text`: a key written into Chromium
 * itself, the same on every machine, so sealing protects nothing. The database key is then
 * kept by the reviewer's password alone, and the reviewer is told once why.
 */
export type SecretProtection = IpcOutput<'appInfo'>['secretProtection'];

export interface KeyringFacts {
  readonly platform: string;
  /** `safeStorage.getSelectedStorageBackend()` on Linux (asked once encryption is ready), else null. */
  readonly backend: string | null;
  readonly isEncryptionAvailable: boolean;
}

export function secretProtectionOf({
  platform,
  backend,
  isEncryptionAvailable,
}: KeyringFacts): SecretProtection {
  if (!isEncryptionAvailable) return 'unavailable';
  // 'unknown' is asked too early to tell; it is treated as no keyring rather than trusted.
  if (
    platform === 'linux' &&
    (backend === 'basic_text' || backend === 'unknown' || backend === null)
  ) {
    return 'password-only';
  }
  return 'os-keychain';
}

/**
 * Whether the vault must hold the database key wrapped by the password-derived key, not only
 * sealed by the OS. The vault always wraps it so (renderer/src/data/auth/vault.ts); this is the
 * rule it must never lose where the OS seal is worthless.
 */
export function isPasswordWrapRequired(protection: SecretProtection): boolean {
  return protection !== 'os-keychain';
}
