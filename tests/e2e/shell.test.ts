import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer, type RendererServer } from '../../scripts/serve-renderer.ts';
import { launchChromium, newPage, screenshotDir } from './browser.ts';

describe('renderer shell in Chromium', () => {
  let server: RendererServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync('dist/renderer/index.html')) throw new Error('run "npm run build" first');
    server = await serveRenderer({ port: 0, serverUrl: 'http://127.0.0.1:8787/api/v1' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('renders the shell in Chinese through the browser host', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await expect.poll(() => page.getByText('运行方式').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByText('浏览器模式').count()).toBe(1);
    expect(await page.getByRole('status', { name: '网络状态' }).textContent()).toContain('在线');
    await page.screenshot({ path: `${screenshotDir}/shell.png` });
    expect(errors).toEqual([]);
  });
});
