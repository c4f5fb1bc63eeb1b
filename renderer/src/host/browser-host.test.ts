import { describe, expect, it } from 'vitest';
import { createBrowserHost } from './browser-host.ts';

describe('browser host', () => {
  it('refuses a malformed input with the same checks as the desktop shell', async () => {
    const host = createBrowserHost();
    const result = await host.saveFile({ suggestedName: 'a/b.xlsx', data: new Uint8Array([1]) });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: '请求参数不正确：saveFile 的 suggestedName 字段文件名含有非法字符',
        detail: 'saveFile field suggestedName: 文件名含有非法字符',
      },
    });
    if (!result.ok) expect(result.error.code).toBe('validation');
  });

  it('refuses a secret key that could address another store entry', async () => {
    const host = createBrowserHost();
    const result = await host.getSecret({ key: '__master-key' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: '请求参数不正确：getSecret 的 key 字段格式不正确，应为规定的格式',
        detail: 'getSecret field key: invalid regex format',
      },
    });
  });
});
