import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '#shared/contract/index.ts';
import { err, ok } from '#shared/errors/result.ts';
import { createBrowserHost } from '../../host/browser-host.ts';
import type { ApiClient, ApiResult } from '../sync/api-client.ts';
import { signIn } from './sign-in.ts';
import { openVault } from './vault.ts';

const account = '37060219800101001X';
const password = 'Secret2025';
const session: Session = {
  token: 't-1',
  expiresAt: '2026-11-30T12:00:00.000Z',
  mustChangePassword: false,
  admin: { id: 'a-1', name: '王明' },
  unit: {
    id: 'u-1',
    name: '威海市立医院',
    creditCode: '12371000MB0000000X',
    region: '山东省威海市',
    rulebook: 'weihai-2022',
  },
};

/** A platform that answers the sign-in as given. */
const platform = (answer: ApiResult<Session>) =>
  ({ login: vi.fn(() => Promise.resolve(answer)) }) as unknown as ApiClient;

describe('signIn', () => {
  it('seals the vault again only when the platform’s profile changed', async () => {
    const api = createBrowserHost();
    const first = await signIn(api, platform(ok(session)), account, password);
    expect(first.ok && first.value.kind).toBe('signed-in');
    const sealing = vi.spyOn(api, 'setSecret');

    const same = await signIn(api, platform(ok(session)), account, password);
    expect(same.ok && same.value.kind).toBe('signed-in');
    expect(sealing).not.toHaveBeenCalled();

    const renamed = { ...session, admin: { id: 'a-1', name: '王明远' } };
    await signIn(api, platform(ok(renamed)), account, password);
    expect(sealing).toHaveBeenCalledTimes(1);
    const opened = await openVault(api, account, password);
    expect(opened.ok && opened.value?.profile.adminName).toBe('王明远');
  });

  it('never lets in a password the platform refuses, though the vault opens with it', async () => {
    const api = createBrowserHost();
    await signIn(api, platform(ok(session)), account, password);
    const refused = await signIn(
      api,
      platform(err({ kind: 'http', status: 401 })),
      account,
      password,
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'unauthorized',
        message: '账号或密码错误。连续输错 5 次账号将被锁定 15 分钟。',
      },
    });
  });

  it('opens the vault offline when the platform cannot be reached', async () => {
    const api = createBrowserHost();
    await signIn(api, platform(ok(session)), account, password);
    const offline = await signIn(
      api,
      platform(err({ kind: 'network', message: 'down' })),
      account,
      password,
    );
    expect(offline.ok && offline.value.kind === 'signed-in' && offline.value.session).toBe(null);
  });
});
