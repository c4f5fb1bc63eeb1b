import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarWarning,
  chinaToday,
  lastCoveredYear,
} from '../../shared/about/calendar-coverage.ts';
import { contractVersion } from '../../shared/about/contract-version.ts';
import { openSignedInApp, type AppFixture } from './app-fixture.ts';
import { photograph } from './browser.ts';

describe('帮助 in the shell', () => {
  let app: AppFixture;

  beforeAll(async () => {
    app = await openSignedInApp({ staff: 20, claims: 80 });
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows 关于 with the versions, the rulebooks and the calendar year', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '帮助' }).click();
    await page.getByRole('menuitem', { name: '关于' }).click();
    const dialog = page.getByRole('dialog', { name: '关于' });
    await dialog.getByText('省平台接口版本').waitFor();
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
    ]);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(facts).toContain(`版本\t${version}`);
    expect(facts).toContain(`省平台接口版本\t${contractVersion}`);
    expect(facts).toContain(`节假日日历\t收录至 ${lastCoveredYear()} 年`);
    expect(facts).toContain('运行方式\t浏览器');
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
});
