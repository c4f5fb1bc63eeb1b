import { describe, expect, it } from 'vitest';
import { checkServerUrl, plainHttpWarning } from './server-url.ts';

const refusedPlainHttp = (origin: string, host: string) => ({
  ok: false,
  error: {
    code: 'validation',
    message: `省平台地址 ${origin} 使用不加密的 http://，登录密码、身份证号和手机号会在网络上以明文传输，已拒绝连接。请改用 https:// 地址；如确需在单位内网使用，须由技术支持在设置中明确允许该主机。`,
    detail: `plain http to a remote host: ${host}`,
  },
});

describe('checkServerUrl', () => {
  it('accepts https anywhere and plain http on loopback, without a warning', () => {
    for (const [url, origin] of [
      ['https://jxjy.example.gov.cn/api/v1', 'https://jxjy.example.gov.cn'],
      ['http://127.0.0.1:8787/api/v1', 'http://127.0.0.1:8787'],
      ['http://localhost:8787/api/v1', 'http://localhost:8787'],
      ['http://[::1]:8787/api/v1', 'http://[::1]:8787'],
    ] as const) {
      expect(checkServerUrl(url, null)).toEqual({
        ok: true,
        value: { url, origin, plainHttpHost: null },
      });
    }
  });

  it('refuses plain http to a remote host', () => {
    expect(checkServerUrl('http://jxjy.example.gov.cn/api/v1', null)).toEqual(
      refusedPlainHttp('http://jxjy.example.gov.cn', 'jxjy.example.gov.cn'),
    );
    // 127.0.0.1 as a subdomain is not loopback.
    expect(checkServerUrl('http://127.0.0.1.evil.example/api/v1', null)).toEqual(
      refusedPlainHttp('http://127.0.0.1.evil.example', '127.0.0.1.evil.example'),
    );
  });

  it('allows plain http to the one host the settings name, with its warning', () => {
    const url = 'http://10.2.3.4:8080/api/v1';
    expect(checkServerUrl(url, '10.2.3.4:8080')).toEqual({
      ok: true,
      value: { url, origin: 'http://10.2.3.4:8080', plainHttpHost: '10.2.3.4:8080' },
    });
    expect(checkServerUrl(url, '10.2.3.5:8080')).toEqual(
      refusedPlainHttp('http://10.2.3.4:8080', '10.2.3.4:8080'),
    );
    expect(plainHttpWarning('10.2.3.4:8080')).toBe(
      '当前连接的省平台 10.2.3.4:8080 使用不加密的 http://：登录密码、身份证号和手机号在网络上以明文传输，可能被窃取。此连接是设置中特别允许的，请尽快改用 https:// 地址。',
    );
  });

  it('refuses what is not an http(s) address', () => {
    expect(checkServerUrl('javascript:alert(1)', null)).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message:
          '省平台地址“javascript:alert(1)”无效，应以 https:// 开头。请联系技术支持改正设置。',
        detail: 'javascript:',
      },
    });
    expect(checkServerUrl('jxjy', null).ok).toBe(false);
  });
});
