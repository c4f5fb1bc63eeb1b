import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../host/browser-host.ts';
import { hex } from './hex.ts';
import { createVault, openVault, rewrapVault, vaultRounds, type Profile } from './vault.ts';
import { legacyVaultName, vaultName } from './vault-name.ts';

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
    const name = await vaultName(api, '440101199001011234');
    if (!name.ok) throw new Error('no vault name');
    // Named by a salted hash: a copied disk's file names show no 身份证号.
    expect(name.value).toMatch(/^vault-[0-9a-f]{40}$/);
    expect(name.value).not.toContain('440101');
    const stored = await api.getSecret({ key: name.value });
    const text = stored.ok ? (stored.value.value ?? '') : '';
    expect(JSON.parse(text)).toMatchObject({ iterations: vaultRounds });
    expect(text).not.toContain('Plain2025pw');
    expect(text).not.toContain(created.value.databaseKey);
  });

  it('seals a vault made at 310,000 rounds under the 身份证号 again, hashed and at 600,000, when it opens', async () => {
    const api = createBrowserHost();
    const account = '230101198506060021';
    const databaseKey = await sealTheOldWay(api, account, 'Older2023pw');
    const opened = await openVault(api, account, 'Older2023pw');
    expect(opened).toEqual({ ok: true, value: { databaseKey, profile: { ...profile, account } } });

    expect(await api.getSecret({ key: legacyVaultName(account) })).toEqual({
      ok: true,
      value: { value: null },
    });
    const name = await vaultName(api, account);
    const stored = name.ok ? await api.getSecret({ key: name.value }) : name;
    const sealed = stored.ok ? (stored.value.value ?? '') : '';
    expect(JSON.parse(sealed)).toMatchObject({ version: 1, iterations: 600_000 });
    expect(await openVault(api, account, 'Older2023pw')).toEqual(opened);
    expect(await openVault(api, account, 'Wrong2023pw')).toEqual(wrongPassword);
  });
});

/** A vault as the app wrote it before issue 14: 310,000 rounds, named after the account. */
async function sealTheOldWay(
  api: ReturnType<typeof createBrowserHost>,
  account: string,
  password: string,
): Promise<string> {
  const databaseKey = crypto.getRandomValues(new Uint8Array(32));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 310_000 },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, databaseKey);
  const vault = {
    version: 1,
    salt: hex(salt),
    iterations: 310_000,
    iv: hex(iv),
    wrapped: hex(new Uint8Array(wrapped)),
    profile: { ...profile, account },
  };
  await api.setSecret({ key: `vault-${account}`, value: JSON.stringify(vault) });
  return hex(databaseKey);
}
