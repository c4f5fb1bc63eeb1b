import { appError, err, ok, type Result } from '../errors/result.ts';

/**
 * The WHATWG URL parser, which every runtime of shared/ has (Chromium, Node); shared's lib leaves
 * out the DOM, so the little used here is declared.
 */
declare const URL: new (url: string) => {
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly origin: string;
};

export interface ServerChoice {
  readonly url: string;
  /** What the CSP's connect-src names: this origin and no other. */
  readonly origin: string;
  /** A remote host reached over plain http because the settings allow it: warned about. */
  readonly plainHttpHost: string | null;
}

/** 127.0.0.0/8, ::1 and localhost never leave the machine; plain http is harmless there. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The shell's standing warning while a remote server is reached over plain http. */
export function plainHttpWarning(host: string): string {
  return `当前连接的省平台 ${host} 使用不加密的 http://：登录密码、身份证号和手机号在网络上以明文传输，可能被窃取。此连接是设置中特别允许的，请尽快改用 https:// 地址。`;
}

/**
 * Which provincial server the app may talk to. https anywhere; plain http only on loopback (the
 * demo server), or to the one host the settings explicitly allow (`allowPlainHttpHost`), since
 * tokens, 身份证号 and phone numbers would cross the network in clear.
 */
export function checkServerUrl(
  serverUrl: string,
  allowPlainHttpHost: string | null,
): Result<ServerChoice> {
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(serverUrl);
  } catch {
    return err(invalid(serverUrl, 'not a URL'));
  }
  if (parsed.protocol === 'https:') {
    return ok({ url: serverUrl, origin: parsed.origin, plainHttpHost: null });
  }
  if (parsed.protocol !== 'http:') return err(invalid(serverUrl, parsed.protocol));
  if (isLoopbackHost(parsed.hostname)) {
    return ok({ url: serverUrl, origin: parsed.origin, plainHttpHost: null });
  }
  if (allowPlainHttpHost !== null && allowPlainHttpHost.toLowerCase() === parsed.host) {
    return ok({ url: serverUrl, origin: parsed.origin, plainHttpHost: parsed.host });
  }
  return err(
    appError(
      'validation',
      `省平台地址 ${parsed.origin} 使用不加密的 http://，登录密码、身份证号和手机号会在网络上以明文传输，已拒绝连接。请改用 https:// 地址；如确需在单位内网使用，须由技术支持在设置中明确允许该主机。`,
      `plain http to a remote host: ${parsed.host}`,
    ),
  );
}

function invalid(serverUrl: string, detail: string) {
  return appError(
    'validation',
    `省平台地址“${serverUrl}”无效，应以 https:// 开头。请联系技术支持改正设置。`,
    detail,
  );
}
