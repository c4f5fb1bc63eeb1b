import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer, type RendererServer } from '../../scripts/serve-renderer.ts';
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
});
