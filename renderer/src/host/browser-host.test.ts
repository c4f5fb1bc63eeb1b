import { describe, expect, it } from 'vitest';
import { createBrowserHost } from './browser-host.ts';

describe('browser host', () => {
  it('refuses a malformed input with the same checks as the desktop shell', async () => {
    const host = createBrowserHost();
    const result = await host.saveFile({ suggestedName: 'a/b.xlsx', data: new Uint8Array([1]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('validation');
  });

  it('refuses a secret key that could address another store entry', async () => {
    const host = createBrowserHost();
    const result = await host.getSecret({ key: '__master-key' });
    expect(result.ok).toBe(false);
  });
});
