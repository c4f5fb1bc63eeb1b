import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  calendarWarning,
  chinaToday,
  lastCoveredYear,
} from '../../shared/about/calendar-coverage.ts';
import { contractVersion } from '../../shared/about/contract-version.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';

describe('帮助 in the shell', () => {
  const app = appForTests(() => openSignedInApp({ staff: 20, claims: 80 }));

  it('shows 关于 with the versions, the rulebooks and the calendar year', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '帮助' }).click();
    await page.getByRole('menuitem', { name: '关于' }).click();
    const dialog = page.getByRole('dialog', { name: '关于' });
    await dialog.getByText('省平台接口版本').waitFor();
    // The update row asks the host separately; its answer comes a moment later.
    await dialog.getByText('浏览器版由提供网址的单位统一更新', { exact: false }).waitFor();
    const facts = await dialog.locator('.ant-descriptions-row').allInnerTexts();
    expect(facts.map((row) => row.split('\t')[0]?.trim())).toEqual([
      '程序',
      '版本',
      '运行方式',
      '省平台接口版本',
      '认定规则',
      '节假日日历',
      '省平台地址',
      '数据位置',
      '更新',
    ]);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(facts).toContain(`版本\t${version}`);
    expect(facts).toContain(`省平台接口版本\t${contractVersion}`);
    expect(facts).toContain(`节假日日历\t收录至 ${lastCoveredYear()} 年`);
    expect(facts).toContain('运行方式\t浏览器');
    expect(facts.find((row) => row.startsWith('更新'))?.trim()).toBe(
      '更新\t\n浏览器版由提供网址的单位统一更新，打开网址即是最新版本。',
    );
    expect(await dialog.getByRole('list', { name: '认定规则' }).locator('li').count()).toBe(5);
    await photograph(page, 'about');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('warns in the shell when the calendar lacks next year in the last quarter', async () => {
    const expected = calendarWarning(chinaToday(new Date()), lastCoveredYear());
    const banner = app.page.getByRole('alert').filter({ hasText: '节假日日历' });
    expect(await banner.count()).toBe(expected === null ? 0 : 1);
    if (expected !== null) expect(await banner.innerText()).toBe(expected);
  });

  it('shows the boundary when a page throws, logs the error and loses no decision', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.locator('.virtual-row').first().click();
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');

    // The staff page sorts its departments with Intl.Collator while it renders.
    await breakCollator(page, `测试：人员 ${app.account.account} 的页面出错`);
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByText('此页出错了').waitFor();
    expect(await page.getByRole('menuitem', { name: '待审核' }).count()).toBe(1);
    expect(await app.pendingTag().textContent()).toContain('1 条');
    await photograph(page, 'page-error');

    await restoreCollator(page);
    await page.getByRole('button', { name: '重新加载此页' }).click();
    await page.getByText('此页出错了').waitFor({ state: 'hidden' });
    await page.getByLabel('部门').first().waitFor();
    expect(await app.pendingTag().textContent()).toContain('1 条');
  });

  it('exports the diagnostics as a zip with the logs and sync status and no 身份证号', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '帮助' }).click();
    await page.getByRole('menuitem', { name: '导出诊断信息…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^诊断信息-\d{8}-\d{4}\.zip$/);
    await page.getByText(/^诊断信息已保存为/).waitFor();
    const entries = unzipSync(readFileSync(await file.path()));
    const texts = Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]),
    );
    expect(Object.keys(texts).sort()).toEqual([
      'logs/browser.log',
      'sync.json',
      'versions.json',
      '说明.txt',
    ]);
    // The page error above was logged with the account's 身份证号 in it, which is gone.
    expect(texts['logs/browser.log']).toContain(
      '(page:staff) Error: 测试：人员 [身份证号] 的页面出错',
    );
    const all = Object.values(texts).join('\n');
    expect(all).not.toContain(app.account.account);
    expect(all.match(/\d{17}[\dXx]|1[3-9]\d{9}/g)).toBeNull();
    expect(JSON.parse(texts['sync.json'] ?? '')).toMatchObject({ pending: 1, phase: 'idle' });
  });
});

/** Makes every new Intl.Collator throw `message`, as a bug in a page would. */
async function breakCollator(page: Page, message: string): Promise<void> {
  await page.evaluate((text) => {
    Object.defineProperty(Intl, 'workingCollator', { value: Intl.Collator, configurable: true });
    Object.defineProperty(Intl, 'Collator', {
      // A function, not an arrow: the page calls it with `new`.
      value: function brokenCollator() {
        throw new Error(text);
      },
      configurable: true,
      writable: true,
    });
  }, message);
}

async function restoreCollator(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(Intl, 'Collator', {
      value: Reflect.get(Intl, 'workingCollator'),
      configurable: true,
      writable: true,
    });
  });
}
