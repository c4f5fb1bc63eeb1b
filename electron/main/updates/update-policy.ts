import { appError, err, missingCaseError, ok, type Result } from '../../../shared/errors/result.ts';
import type { IpcOutput } from '../../../shared/ipc/contract.ts';

/**
 * The update decisions, apart from electron-updater so each is tested: which feed to use, when
 * to look, and what the reviewer is shown at each step. Updates download in the background and
 * install when the program quits, so a reviewer is never interrupted mid-claim.
 */
export type UpdateStatus = IpcOutput<'updateStatus'>;

export type UpdateEvent =
  | { readonly kind: 'checking' }
  | { readonly kind: 'none' }
  | { readonly kind: 'available'; readonly version: string }
  | { readonly kind: 'progress'; readonly percent: number }
  | { readonly kind: 'downloaded'; readonly version: string }
  | { readonly kind: 'error'; readonly detail: string };

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A mirror's address as the settings accept it: https, or http on this machine only (a test
 * mirror); an update fetched in clear from elsewhere could be swapped on the way.
 */
export function checkFeedUrl(input: string): Result<string> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return err(
      appError(
        'validation',
        '更新地址格式不正确，应以 https:// 开头，例如 https://jxjy.example.cn/updates/。',
      ),
    );
  }
  const isSecure =
    url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
  if (!isSecure) {
    return err(
      appError('validation', '更新地址必须以 https:// 开头，以免安装包在传输途中被替换。'),
    );
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return err(
      appError('validation', '更新地址不能包含用户名、密码或查询参数，请只填写目录地址。'),
    );
  }
  // The generic provider appends latest.yml to the folder: the address must end with '/'.
  return ok(url.href.endsWith('/') ? url.href : `${url.href}/`);
}

/** Only an installed build updates itself; a run from the source tree never does. */
export function initialUpdateStatus(isPackaged: boolean, feedUrl: string | null): UpdateStatus {
  return isPackaged
    ? { state: 'idle', feedUrl, message: '尚未检查更新。' }
    : { state: 'disabled', feedUrl, message: '从源代码运行时不检查更新。' };
}

/** Between two looks at the feed; a reviewer's machine often runs all day. */
export const checkIntervalMs = 4 * 60 * 60_000;

export function shouldCheck(
  status: UpdateStatus,
  lastCheckAt: number | null,
  now: number,
): boolean {
  switch (status.state) {
    case 'disabled':
    case 'checking':
    case 'downloading':
    case 'ready':
      return false;
    case 'idle':
    case 'error':
      return lastCheckAt === null || now - lastCheckAt >= checkIntervalMs;
    default:
      throw missingCaseError(status.state);
  }
}

export function updateStatusAfter(status: UpdateStatus, event: UpdateEvent): UpdateStatus {
  const { feedUrl } = status;
  switch (event.kind) {
    case 'checking':
      return { state: 'checking', feedUrl, message: '正在检查更新…' };
    case 'none':
      return { state: 'idle', feedUrl, message: '已是最新版本。' };
    case 'available':
      return {
        state: 'downloading',
        feedUrl,
        version: event.version,
        percent: 0,
        message: `正在后台下载新版本 ${event.version}，不影响审核。`,
      };
    case 'progress':
      return status.state === 'downloading'
        ? { ...status, percent: Math.round(event.percent) }
        : status;
    case 'downloaded':
      return {
        state: 'ready',
        feedUrl,
        version: event.version,
        message: `新版本 ${event.version} 已下载，退出程序时自动安装。`,
      };
    case 'error':
      return {
        state: 'error',
        feedUrl,
        message:
          '检查或下载更新失败，稍后会自动重试。如一直失败，请在 关于 中核对更新地址，或联系技术支持。',
      };
    default:
      throw missingCaseError(event);
  }
}

/** The native question before the feed changes; the safe answer (取消) is the default. */
export function feedConfirmation(feedUrl: string | null): {
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly [string, string];
} {
  return {
    message: feedUrl === null ? '改回安装包内置的更新地址？' : `将更新地址改为 ${feedUrl} ？`,
    detail:
      '今后的新版本将从该地址下载，并在退出程序时自动安装。' +
      '请只使用省或单位信息部门提供的地址。',
    buttons: ['更改', '取消'],
  };
}
