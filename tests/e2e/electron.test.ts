import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.ts';
import { screenshotDir } from './browser.ts';

const binary = electronBinary();
if (binary === null) {
  console.log(
    'SKIPPED: Electron desktop test — the Electron binary is not installed on this machine ' +
      '(node_modules/electron/dist is missing); it runs wherever `npx electron --version` works.',
  );
}

describe.skipIf(binary === null)('desktop shell under Electron', () => {
  it('opens one sandboxed, isolated window with the Chinese menu and sign-in', async () => {
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: ['.'],
      env: { ...process.env, CE_SERVER_URL: 'http://127.0.0.1:8787/api/v1' },
    });
    try {
      const page = await app.firstWindow();
      await expect.poll(() => page.getByRole('button', { name: '登录' }).count()).toBe(1);
      const menu = await app.evaluate(({ Menu }) =>
        Menu.getApplicationMenu()?.items.map((item) => item.label),
      );
      expect(menu).toEqual(
        process.platform === 'darwin'
          ? ['继续教育学时审核', '文件', '编辑', '视图', '帮助']
          : ['文件', '编辑', '视图', '帮助'],
      );
      const exposure = await page.evaluate(() => ({
        hasApi: 'api' in window,
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
      }));
      expect(exposure).toEqual({ hasApi: true, hasRequire: false, hasProcess: false });
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await expect.poll(() => page.url()).toMatch(/^app:\/\/reviewer\//);
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
      await page.screenshot({ path: `${screenshotDir}/electron-shell.png` });
    } finally {
      await app.close();
    }
  });
});
