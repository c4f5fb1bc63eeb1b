import { describe, expect, it } from 'vitest';
import { hashToCheck, type AccountRow } from './accounts.ts';
import { hashPassword } from './passwords.ts';

describe('hashToCheck', () => {
  it('checks an unknown account against a scrypt hash shaped like a real one, so it costs the same', async () => {
    const row: AccountRow = {
      account: '371002197507226383',
      unitId: 'U0001',
      adminId: 'U0001-admin',
      adminName: '张三',
      passwordHash: await hashPassword('226383'),
      mustChange: true,
    };
    const shape = (hash: string) =>
      hash.split('$').map((part, i) => (i === 0 ? part : Buffer.from(part, 'base64').length));
    expect(await hashToCheck(row)).toBe(row.passwordHash);
    expect(shape(await hashToCheck(undefined))).toEqual(shape(row.passwordHash));
    expect(shape(row.passwordHash)).toEqual(['scrypt', 16, 32]);
    // The same dummy every time: computing it is paid once, not by each unknown login.
    expect(await hashToCheck(undefined)).toBe(await hashToCheck(undefined));
  });
});
