import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAppUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  windowOpenDecision,
} from './url-policy.ts';

describe('url-policy', () => {
  it('refuses navigation when the target is an external site', () => {
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
  });

  it('refuses navigation when the target is another app page', () => {
    expect(isNavigationAllowed('app://reviewer/other.html')).toBe(false);
  });

  it('denies window.open for every URL but the evidence window', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('app://reviewer/')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('app://reviewer/index.html#/inbox')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('https://example.com/index.html#/evidence-window')).toEqual({
      action: 'deny',
    });
    expect(windowOpenDecision('app://reviewer/index.html#/evidence-window')).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: {
        width: 1000,
        height: 900,
        title: '证明材料 - 继续教育学时审核',
        autoHideMenuBar: true,
      },
    });
  });

  it('denies permission requests when any permission is asked for', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });

  it('recognises only our own scheme and host as the app', () => {
    expect(isAppUrl('app://reviewer/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('http://reviewer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts an IPC sender only when it is our top-level document', () => {
    expect(isTrustedSender({ url: 'app://reviewer/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://reviewer/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('allows scripts only from the app itself and connections only to the server', () => {
    const csp = contentSecurityPolicy('https://jxjy.example.gov.cn/api/v1');
    const scripts = csp.split('; ').find((directive) => directive.startsWith('script-src'));
    // WebAssembly compiled (pdf.js's decoders), never JavaScript from strings or inline.
    expect(scripts).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("connect-src 'self' https://jxjy.example.gov.cn");
    expect(contentSecurityPolicy('javascript:alert(1)')).toContain("connect-src 'self';");
  });

  it('lets the page reach a plain-http remote server only when the settings allow that host', () => {
    const url = 'http://10.2.3.4:8080/api/v1';
    expect(contentSecurityPolicy(url)).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(url, '10.2.3.4:8080')).toContain(
      "connect-src 'self' http://10.2.3.4:8080;",
    );
    expect(contentSecurityPolicy('http://127.0.0.1:8787/api/v1')).toContain(
      "connect-src 'self' http://127.0.0.1:8787;",
    );
  });
});
