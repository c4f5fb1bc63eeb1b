import { describe, expect, it } from 'vitest';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { latinWordsIn, overflowsWindow } from './screen-checks.ts';

describe('统计 screen', () => {
  // Few people with many claims each, so some departments complete the year. Seeding, signing in
  // and syncing 1,500 claims took 115 s on a loaded two-core machine.
  const app = appForTests(() => openSignedInApp({ staff: 60, claims: 1500 }), 300_000);

  it(
    'shows the year by department, by category and who is short, each chart beside its numbers',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('menuitem', { name: '统计' }).click();
      const year = page.getByLabel('年度', { exact: true });
      await year.waitFor();
      expect(await page.getByText(`${new Date().getFullYear()}年`).count()).toBeGreaterThan(0);
      await page.getByText('达标率', { exact: true }).first().waitFor();

      const departmentChart = page.getByRole('img', { name: /各部门达标率图$/ });
      await departmentChart.waitFor();
      expect(await departmentChart.locator('canvas').count()).toBe(1);
      const rows = page.getByRole('tabpanel').locator('.ant-table-row');
      await expect.poll(() => rows.count()).toBeGreaterThan(3);
      expect(await rows.first().innerText()).toMatch(/\d+\.\d%/);
      await photograph(page, 'stats');
      expect(await latinWordsIn(page)).toEqual([]);
      expect(await overflowsWindow(page)).toBe(false);

      await page.getByRole('tab', { name: '各类别学时' }).click();
      await page.getByRole('img', { name: /各类别认定学时图$/ }).waitFor();
      await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain('网络课程学习');
      await photograph(page, 'stats-categories');
      expect(await latinWordsIn(page)).toEqual([]);

      await page.getByRole('tab', { name: /未达标人员/ }).click();
      await page.getByRole('img', { name: /未达标人员差额分布图$/ }).waitFor();
      const shortRows = page.getByRole('tabpanel').locator('.ant-table-row');
      await expect.poll(() => shortRows.count()).toBeGreaterThan(0);
      expect(await page.getByRole('columnheader', { name: '专业差' }).count()).toBe(1);
      await photograph(page, 'stats-short');
      expect(await latinWordsIn(page)).toEqual([]);
      expect(await overflowsWindow(page)).toBe(false);
    },
  );
});
