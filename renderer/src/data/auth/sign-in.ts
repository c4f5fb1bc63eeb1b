import { passwordProblem, type Session } from '#shared/contract/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import type { AppApi } from '#shared/ipc/contract.ts';
import type { ApiClient } from '../sync/api-client.ts';
import { failureMessage } from '../sync/messages.ts';
import { createVault, openVault, rewrapVault, type OpenedVault, type Profile } from './vault.ts';

export type SignInOutcome =
  | {
      readonly kind: 'signed-in';
      readonly vault: OpenedVault;
      /** null when signed in offline: sync asks for an online sign-in first. */
      readonly session: Session | null;
    }
  | { readonly kind: 'must-change-password'; readonly session: Session };

function profileOf(account: string, session: Session): Profile {
  return { account, adminId: session.admin.id, adminName: session.admin.name, unit: session.unit };
}

/** The platform's copy of who signs in, unchanged since the vault was last sealed. */
function sameProfile(a: Profile, b: Profile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The local vault after the server accepted the password: created on first use, sealed again
 * only when the platform's profile changed (each sealing derives a key again, about half a second).
 */
async function openAfterOnline(
  api: AppApi,
  account: string,
  password: string,
  session: Session,
  existing: Result<OpenedVault | null>,
): Promise<Result<SignInOutcome>> {
  const profile = profileOf(account, session);
  if (!existing.ok) {
    return err(
      appError(
        'unauthorized',
        '省平台已接受新密码，但本机数据仍由旧密码加密。请在“修改密码”中先输入旧密码解锁本机数据。',
      ),
    );
  }
  const vault =
    existing.value === null
      ? await createVault(api, password, profile)
      : sameProfile(existing.value.profile, profile)
        ? ok(existing.value)
        : await rewrapVault(api, existing.value, password, profile);
  return vault.ok ? ok({ kind: 'signed-in', vault: vault.value, session }) : vault;
}

/**
 * Online when the platform answers; offline, the same password opens the local vault. A password
 * the platform refuses is never let in: the vault is unlocked while the platform checks the
 * password (both are slow on purpose), and its answer is used only once the platform has
 * accepted, or cannot be reached.
 */
export async function signIn(
  api: AppApi,
  client: ApiClient,
  account: string,
  password: string,
): Promise<Result<SignInOutcome>> {
  const normalized = account.trim().toUpperCase();
  const [online, local] = await Promise.all([
    client.login(normalized, password),
    openVault(api, normalized, password),
  ]);
  if (online.ok) {
    if (online.value.mustChangePassword)
      return ok({ kind: 'must-change-password', session: online.value });
    return openAfterOnline(api, normalized, password, online.value, local);
  }
  const failure = online.error;
  const unreachable =
    failure.kind === 'network' ||
    (failure.kind === 'http' &&
      (failure.status >= 500 || failure.status === 429 || failure.status === 408));
  if (!unreachable) {
    if (failure.kind === 'http' && (failure.status === 401 || failure.status === 400)) {
      return err(appError('unauthorized', '账号或密码错误。连续输错 5 次账号将被锁定 15 分钟。'));
    }
    return err(appError('unauthorized', failureMessage(failure)));
  }
  if (!local.ok) return local;
  if (local.value === null) {
    return err(appError('network', '无法连接省平台。本机首次登录必须联网，请检查网络后重试。'));
  }
  return ok({ kind: 'signed-in', vault: local.value, session: null });
}

export async function changePassword(
  api: AppApi,
  client: ApiClient,
  account: string,
  session: Session,
  oldPassword: string,
  newPassword: string,
): Promise<Result<SignInOutcome>> {
  const normalized = account.trim().toUpperCase();
  const problem = passwordProblem(normalized, newPassword);
  if (problem !== undefined) return err(appError('validation', problem));
  const changed = await client.changePassword(oldPassword, newPassword);
  if (!changed.ok) {
    const failure = changed.error;
    if (failure.kind === 'http' && failure.status === 400) {
      return err(
        appError(
          'validation',
          '原密码不正确，或新密码不符合要求（至少 8 位，含字母和数字，不含身份证号后六位）。',
        ),
      );
    }
    return err(appError('network', failureMessage(failure)));
  }
  const profile = profileOf(normalized, session);
  const existing = await openVault(api, normalized, oldPassword);
  const vault =
    existing.ok && existing.value !== null
      ? await rewrapVault(api, existing.value, newPassword, profile)
      : await createVault(api, newPassword, profile);
  return vault.ok ? ok({ kind: 'signed-in', vault: vault.value, session }) : vault;
}
