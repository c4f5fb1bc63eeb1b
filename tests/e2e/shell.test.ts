import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer, type RendererServer } from '../../scripts/serve-renderer.ts';
import { checkServerUrl } from '../../shared/security/server-url.ts';
import { launchChromium, newPage, photograph } from './browser.ts';

describe('renderer in Chromium through the browser host', () => {
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

  it('shows the sign-in screen in Chinese with its labelled fields', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByLabel('账号').count()).toBe(1);
    expect(await page.getByLabel('密码').count()).toBe(1);
    await photograph(page, 'login');
    expect(errors).toEqual([]);
  });

  it('says in Chinese that a first sign-in needs the platform when it cannot be reached', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByLabel('账号').fill('37060219800101001X');
    await page.getByLabel('密码').fill('whatever1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('本机首次登录必须联网').waitFor();
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
