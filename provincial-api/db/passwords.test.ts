import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  initialPasswordOf,
  verifyPassword,
  weakPasswordReason,
} from './passwords.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one when hashed with scrypt', async () => {
    const stored = await hashPassword('226383');
    expect(await verifyPassword('226383', stored)).toBe(true);
    expect(await verifyPassword('226384', stored)).toBe(false);
    expect(await verifyPassword('226383', 'garbage')).toBe(false);
  });

  it('takes the last six characters of the account as the initial password, X included', () => {
    expect(initialPasswordOf('11010519491231002X')).toBe('31002X');
  });

  it('accepts only 8+ characters with letters and digits that avoid the last six', () => {
    const account = '371002197507226383';
    expect(weakPasswordReason(account, 'Review2025ok')).toBeUndefined();
    expect(weakPasswordReason(account, 'abc123')).toContain('8');
    expect(weakPasswordReason(account, 'abcdefghi')).toContain('数字');
    expect(weakPasswordReason(account, 'ab226383')).toContain('后六位');
  });
});
