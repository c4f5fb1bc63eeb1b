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
        message: '请求参数不正确：saveFile 的字段 suggestedName：取值不符合规定',
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
        message: '请求参数不正确：getSecret 的字段 key：格式不正确（应为 regex）',
        detail: 'getSecret field key: invalid regex format',
      },
    });
  });
});
