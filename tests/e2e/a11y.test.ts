import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { newPage, photograph } from './browser.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What the test fails on: axe's two worst impacts (WCAG failures that block or badly hinder). */
const blocking = new Set(['serious', 'critical']);

interface AxeNode {
  readonly target: readonly unknown[];
}
interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}

/**
 * axe-core run in the page as it stands, loaded from node_modules (no network); each serious or
 * critical violation as one line naming the rule and the first elements it found, so a failure
 * says what to fix. The app's CSP (`script-src 'self'`) refuses a script tag, as it should; the
 * debugger's evaluation is not subject to it.
 */
async function blockingViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as {
      run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
    };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  });
  return violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map(
      ({ id, impact, help, nodes }) =>
        `${id} (${impact ?? ''}): ${help} — ${nodes
          .slice(0, 4)
          .map(({ target }) => target.join(' '))
          .join(', ')}`,
    );
}

async function openPage(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

describe('accessibility of every main screen (axe-core)', () => {
  const app = appForTests(() => openSignedInApp({ staff: 20, claims: 120 }));

  it('finds nothing serious on the sign-in screen', async () => {
    const page = await newPage(app.browser);
    await page.goto(app.appUrl);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await photograph(page, 'a11y-sign-in');
    expect(await blockingViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds nothing serious in 待审核 with a claim open', async () => {
    const { page } = app;
    await openPage(page, '待审核');
    await page.locator('.virtual-row').first().click();
    await page.getByRole('button', { name: '通过', exact: true }).waitFor();
    await photograph(page, 'a11y-inbox');
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('finds nothing serious in 人员, its 注册审核 tab and a person’s record', async () => {
    const { page } = app;
    await openPage(page, '人员');
    await page.getByLabel('搜索人员').waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await photograph(page, 'a11y-staff');
    expect(await blockingViolations(page)).toEqual([]);

    await page.locator('.ant-table-row').first().getByRole('button').first().click();
    const drawer = page.getByRole('dialog', { name: /的学时档案$/ });
    await drawer.getByText('学时银行（逐年）').waitFor();
    await photograph(page, 'a11y-staff-detail');
    expect(await blockingViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: /注册审核/ }).click();
    await page.getByRole('tabpanel').waitFor();
    await photograph(page, 'a11y-staff-registrations');
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('finds nothing serious on the tabs of 统计', async () => {
    const { page } = app;
    await openPage(page, '统计');
    await page.getByRole('img', { name: /各部门达标率图$/ }).waitFor();
    await photograph(page, 'a11y-stats');
    expect(await blockingViolations(page)).toEqual([]);
    for (const [tab, chart] of [
      [/各类别学时/, /各类别认定学时图$/],
      [/未达标人员/, /未达标人员差额分布图$/],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('img', { name: chart }).waitFor();
      expect(await blockingViolations(page)).toEqual([]);
    }
  });

  it('finds nothing serious on the tabs of 报表', async () => {
    const { page } = app;
    await openPage(page, '报表');
    await page.getByRole('button', { name: '导出完成情况表' }).waitFor();
    await photograph(page, 'a11y-reports');
    expect(await blockingViolations(page)).toEqual([]);
    const tabs = await page.getByRole('tab').allInnerTexts();
    for (const tab of tabs.slice(1)) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
      await photograph(page, `a11y-reports-${tab}`);
      expect(await blockingViolations(page)).toEqual([]);
    }
  });

  it('finds nothing serious on 培训项目 and its filing form', async () => {
    const { page } = app;
    await openPage(page, '培训项目');
    await page
      .getByRole('button', { name: /^报送学时：/ })
      .first()
      .waitFor();
    await photograph(page, 'a11y-projects');
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '备案新项目' }).click();
    await page.getByRole('dialog', { name: '备案新培训项目' }).getByLabel('开班日期').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('finds nothing serious on 打印 with a person’s 年度学时证明', async () => {
    const { page } = app;
    await openPage(page, '打印');
    await page.getByLabel('打印人员').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByLabel('年度学时证明预览').waitFor();
    await photograph(page, 'a11y-print');
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('finds nothing serious on 同步', async () => {
    const { page } = app;
    await openPage(page, '同步');
    await page.getByRole('button', { name: '立即同步' }).waitFor();
    await photograph(page, 'a11y-sync');
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('finds nothing serious in the 关于 and 快捷键 dialogs', async () => {
    const { page } = app;
    for (const [command, shot] of [
      ['关于', 'a11y-about'],
      ['快捷键', 'a11y-shortcuts'],
    ] as const) {
      await page.getByRole('button', { name: '帮助' }).click();
      await page.getByRole('menuitem', { name: command }).click();
      const dialog = page.getByRole('dialog', { name: command });
      await dialog.waitFor();
      if (command === '关于') await dialog.getByText('省平台接口版本').waitFor();
      await photograph(page, shot);
      expect(await blockingViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
  });
});
