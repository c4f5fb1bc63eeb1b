import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.ts';
import { launchChromium, newPage, photograph } from './browser.ts';

// `npm start` where the Electron binary is missing: the demo server and the app in browser mode.
describe.skipIf(electronBinary() !== null)('npm start without the Electron binary', () => {
  let start: ChildProcess | undefined;
  afterAll(() => {
    start?.kill('SIGTERM');
  });

  it('serves the app in browser mode beside the seeded demo server and says so', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'ce-start-')), 'demo');
    let output = '';
    start = spawn(process.execPath, ['scripts/start.ts'], {
      env: { ...process.env, CE_DEMO_DATA: dataDir, CE_SERVER_PORT: '18787', CE_APP_PORT: '15173' },
    });
    start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(() => output, { timeout: 120_000, interval: 250 })
      .toContain('按 Ctrl+C 退出');
    expect(output).toContain('桌面外壳不可用');
    expect(output).toMatch(/账号 \d{17}[\dX]\s+初始密码/);
    const url = /应用 \(app\):\s+(\S+)/.exec(output)?.[1];
    if (url === undefined) throw new Error(`no app URL in: ${output}`);
    const browser = await launchChromium();
    try {
      const page = await newPage(browser);
      await page.goto(url);
      await page.getByRole('button', { name: '登录' }).waitFor();
      await photograph(page, 'npm-start');
    } finally {
      await browser.close();
    }
  }, 180_000);
});
