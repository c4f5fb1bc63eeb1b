import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServerUrl } from '../../shared/security/server-url.ts';
import { serveRenderer, type RendererServer } from '../../scripts/serve-renderer.ts';
import { launchChromium, newPage } from './browser.ts';

describe('the server address in browser mode', () => {
  let server: RendererServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync('dist/renderer/index.html')) throw new Error('run "npm run build" first');
    server = await serveRenderer({ port: 0, serverUrl: 'http://127.0.0.1:9/api/v1' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('refuses a remote plain-http server before any sign-in, and says why in Chinese', async () => {
    const remote = 'http://10.2.3.4:8080/api/v1';
    const refused = checkServerUrl(remote, null);
    if (refused.ok) throw new Error('a remote http server was accepted');
    const page = await newPage(browser);
    await page.goto(`${server.url}?server=${encodeURIComponent(remote)}`);
    await page.getByText(refused.error.message).waitFor();
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(0);
  });
});
