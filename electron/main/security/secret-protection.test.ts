import { describe, expect, it } from 'vitest';
import { isPasswordWrapRequired, secretProtectionOf } from './secret-protection.ts';

describe('secretProtectionOf', () => {
  it('keeps the key by the password alone when Linux falls back to basic_text', () => {
    const protection = secretProtectionOf({
      platform: 'linux',
      backend: 'basic_text',
      isEncryptionAvailable: true,
    });
    expect(protection).toBe('password-only');
    expect(isPasswordWrapRequired(protection)).toBe(true);
  });

  it('trusts a real Linux keyring', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      expect(secretProtectionOf({ platform: 'linux', backend, isEncryptionAvailable: true })).toBe(
        'os-keychain',
      );
    }
  });

  it('does not trust a backend asked about too early to tell', () => {
    expect(
      secretProtectionOf({ platform: 'linux', backend: 'unknown', isEncryptionAvailable: true }),
    ).toBe('password-only');
  });

  it('trusts the Windows and macOS keychains, which have no fallback key', () => {
    expect(
      secretProtectionOf({ platform: 'win32', backend: null, isEncryptionAvailable: true }),
    ).toBe('os-keychain');
    expect(
      secretProtectionOf({ platform: 'darwin', backend: null, isEncryptionAvailable: true }),
    ).toBe('os-keychain');
    expect(isPasswordWrapRequired('os-keychain')).toBe(false);
  });

  it('reports no protection when encryption is not available at all', () => {
    expect(
      secretProtectionOf({
        platform: 'linux',
        backend: 'basic_text',
        isEncryptionAvailable: false,
      }),
    ).toBe('unavailable');
    expect(isPasswordWrapRequired('unavailable')).toBe(true);
  });
});
