import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one when hashed with scrypt', async () => {
    const stored = await hashPassword('226383');
    expect(await verifyPassword('226383', stored)).toBe(true);
    expect(await verifyPassword('226384', stored)).toBe(false);
    expect(await verifyPassword('226383', 'garbage')).toBe(false);
  });
});
