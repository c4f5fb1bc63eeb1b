import { promises as fs } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { appError, err, ok, type Result } from '../../../shared/errors/result.ts';
import {
  isPasswordWrapRequired,
  secretProtectionOf,
  type SecretProtection,
} from '../security/secret-protection.ts';
import type { AppLog } from './logging.ts';

type Empty = Record<string, never>;

/**
 * Secrets are kept encrypted by the OS keychain (safeStorage) in one file per key under the
 * user-data folder; the renderer only ever sees the plain value it stored. Where the keychain
 * is only Chromium's fixed fallback key, `protection()` says so, so the page keeps the database
 * key under the reviewer's password and tells them why.
 */
export function createSecretStore(folder: string, appLog: AppLog) {
  const fileOf = (key: string) => path.join(folder, `${key}.secret`);

  const unavailable = err(
    appError('internal', '系统钥匙串不可用，无法安全保存密钥。请确认已登录系统桌面后重试。'),
  );

  let isFallbackLogged = false;

  async function protection(): Promise<SecretProtection> {
    const isEncryptionAvailable = await safeStorage.isAsyncEncryptionAvailable();
    // Asked after the asynchronous encryptor is ready, so the backend is settled.
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
    const found = secretProtectionOf({
      platform: process.platform,
      backend,
      isEncryptionAvailable,
    });
    if (isPasswordWrapRequired(found) && !isFallbackLogged) {
      isFallbackLogged = true;
      appLog.write('warn', 'secrets', `no OS keyring (backend ${backend ?? 'none'}): ${found}`);
    }
    return found;
  }

  async function write(key: string, value: string): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
    const temporary = `${fileOf(key)}.tmp`;
    await fs.writeFile(temporary, await safeStorage.encryptStringAsync(value), { mode: 0o600 });
    await fs.rename(temporary, fileOf(key));
  }

  return {
    protection,
    async get(key: string): Promise<Result<{ value: string | null }>> {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return unavailable;
      let sealed: Buffer;
      try {
        sealed = await fs.readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok({ value: null });
        throw error;
      }
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
      // The keychain rotated its key: store the value again under the new one.
      if (shouldReEncrypt) await write(key, result);
      return ok({ value: result });
    },
    async set(key: string, value: string): Promise<Result<Empty>> {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return unavailable;
      await write(key, value);
      return ok({});
    },
    async remove(key: string): Promise<Result<Empty>> {
      await fs.rm(fileOf(key), { force: true });
      return ok({});
    },
  };
}
