import { checkServerUrl } from '../../../shared/security/server-url.ts';

/** The app is served from its own scheme so no remote page can ever run with the preload. */
export const appScheme = 'app';
export const appHost = 'reviewer';
export const appOrigin = `${appScheme}://${appHost}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a document of our own packaged renderer. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/**
 * The renderer is a single page: any navigation away from the current document, in-app or not,
 * is refused, and so is every new window but one.
 */
export function isNavigationAllowed(_targetUrl: string): boolean {
  return false;
}

/** The evidence window: the app's own page at this address, for a second monitor. */
export const evidenceWindowUrl = `${appOrigin}/index.html#/evidence-window`;

export type WindowOpenDecision =
  | { readonly action: 'deny' }
  | {
      readonly action: 'allow';
      readonly overrideBrowserWindowOptions: {
        readonly width: number;
        readonly height: number;
        readonly title: string;
        readonly autoHideMenuBar: boolean;
      };
    };

/**
 * Only the evidence window opens, exactly at its address; Electron gives it the opener's
 * webPreferences (sandbox, context isolation, no Node), and main guards its navigation too.
 */
export function windowOpenDecision(targetUrl: string): WindowOpenDecision {
  if (targetUrl !== evidenceWindowUrl) return { action: 'deny' };
  return {
    action: 'allow',
    overrideBrowserWindowOptions: {
      width: 1000,
      height: 900,
      title: '证明材料 - 继续教育学时审核',
      autoHideMenuBar: true,
    },
  };
}

/** Camera, notifications, geolocation…: a reviewer's tool needs none of them. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * IPC is answered only for our own top-level document: not a sub-frame, not a page that
 * somehow got loaded from elsewhere.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url);
}

/**
 * connect-src names the configured server's origin and nothing else, and not even that when the
 * app may not talk to it (plain http to a remote host not allowed in the settings).
 */
export function contentSecurityPolicy(
  serverUrl: string,
  allowPlainHttpHost: string | null = null,
): string {
  const server = checkServerUrl(serverUrl, allowPlainHttpHost);
  const origin = server.ok ? server.value.origin : null;
  const connect = origin === null ? "'self'" : `'self' ${origin}`;
  return [
    "default-src 'self'",
    // pdf.js compiles its JPEG 2000 / JBIG2 decoders and PostScript functions to WebAssembly:
    // 'wasm-unsafe-eval' allows compiling wasm, never eval() of JavaScript.
    "script-src 'self' 'wasm-unsafe-eval'",
    // antd writes its styles at run time (CSS-in-JS), which needs inline style elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
