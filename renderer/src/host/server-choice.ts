import type { Result } from '#shared/errors/result.ts';
import { checkServerUrl, type ServerChoice } from '#shared/security/server-url.ts';
import { api } from './api.ts';

/**
 * The provincial server this host is configured for, if the app may talk to it: https, or plain
 * http on loopback or to the host the settings allow (then with a warning). Asked of the host
 * once per caller; the answer does not change while the app runs.
 */
export async function configuredServer(): Promise<Result<ServerChoice>> {
  const info = await api.appInfo({});
  return info.ok ? checkServerUrl(info.value.serverUrl, info.value.allowPlainHttpHost) : info;
}
