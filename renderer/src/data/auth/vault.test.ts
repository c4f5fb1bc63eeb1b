import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../host/browser-host.ts';
import { createVault, openVault, rewrapVault, type Profile } from './vault.ts';

const profile: Profile = {
  account: '37060219800101001X',
  adminId: 'a-1',
  adminName: '王明',
  unit: {
    id: 'u-1',
    name: '威海市立医院',
    creditCode: '12371000MB0000000X',
    region: '山东省威海市',
    rulebook: 'weihai-2022',
  },
};

/** A fresh random key: 256 bits in hex. */
const hexKey = expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string;
const wrongPassword = { ok: false, error: { code: 'unauthorized', message: '密码不正确。' } };

describe('vault', () => {
  it('opens with the password it was sealed with and refuses another', async () => {
    const api = createBrowserHost();
    const created = await createVault(api, 'Secret2025', profile);
    expect(created).toEqual({ ok: true, value: { databaseKey: hexKey, profile } });
    const opened = await openVault(api, profile.account, 'Secret2025');
    expect(opened.ok && opened.value?.databaseKey).toBe(created.ok && created.value.databaseKey);
    const wrong = await openVault(api, profile.account, 'Wrong2025');
    expect(wrong).toEqual(wrongPassword);
  });

  it('keeps the same database key when the password changes', async () => {
    const api = createBrowserHost();
    const created = await createVault(api, 'Before2025', {
      ...profile,
      account: '110101199003070017',
    });
    if (!created.ok) throw new Error('vault not created');
    await rewrapVault(api, created.value, 'After2025x', created.value.profile);
    const opened = await openVault(api, '110101199003070017', 'After2025x');
    expect(opened.ok && opened.value?.databaseKey).toBe(created.value.databaseKey);
    expect(await openVault(api, '110101199003070017', 'Before2025')).toEqual(wrongPassword);
  });

  it('never stores the password or the database key in clear', async () => {
    const api = createBrowserHost();
    const created = await createVault(api, 'Plain2025pw', {
      ...profile,
      account: '440101199001011234',
    });
    if (!created.ok) throw new Error('vault not created');
    const stored = await api.getSecret({ key: 'vault-440101199001011234' });
    const text = stored.ok ? (stored.value.value ?? '') : '';
    expect(text).not.toContain('Plain2025pw');
    expect(text).not.toContain(created.value.databaseKey);
  });
});
