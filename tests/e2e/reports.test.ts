import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '#shared/sheets/test-data.ts';
import { at, readBack, sheetText } from '#shared/sheets/xlsx/read-back.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { latinWordsIn, overflowsWindow } from './screen-checks.ts';

const downloadDir = 'artifacts/downloads';

/** Clicks, waits for the download, keeps it, and reads it back as a workbook. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const name = file.suggestedFilename();
  const path = `${downloadDir}/${name}`;
  await file.saveAs(path);
  const workbook = await readBack(readFileSync(path));
  const cell = (sheet: string, address: string): string => {
    const value = at(workbook.sheets[sheet], address)?.v;
    return value instanceof Date ? value.toISOString() : String(value ?? '');
  };
  const text = (sheet: string): string => sheetText(workbook.sheets[sheet]);
  return { name, sheets: workbook.sheetNames, cell, text };
}

describe('报表 screen', () => {
  const app = appForTests(() => {
    mkdirSync(downloadDir, { recursive: true });
    return openSignedInApp({ staff: 120, claims: 600 });
  });

  it(
    'exports the year roster as an xlsx with a Chinese file name',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('menuitem', { name: '报表' }).click();
      await page.getByRole('button', { name: '导出完成情况表' }).waitFor();
      await photograph(page, 'reports');
      expect(await latinWordsIn(page)).toEqual([]);
      expect(await overflowsWindow(page)).toBe(false);

      const year = new Date().getFullYear();
      const roster = await download(page, '导出完成情况表');
      expect(roster.name).toMatch(
        new RegExp(`^.+_${year}年度继续教育完成情况表_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
      );
      expect(roster.sheets).toEqual(['完成情况', '未达标人员']);
      expect(roster.cell('完成情况', 'A1')).toBe(`${year}年度继续教育完成情况表`);
      expect(roster.text('完成情况')).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
      expect(roster.text('完成情况')).toContain('合计（共 ');
    },
  );

  it(
    'keeps managers: a bad 身份证号 is refused in Chinese, a good one is saved and printed in 附件2',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('tab', { name: '管理人员' }).click();
      await page.getByLabel('负责人').fill('赵主任');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('已保存单位备案信息。').waitFor();

      await page.getByRole('button', { name: '添加管理人员' }).click();
      const dialog = page.getByRole('dialog', { name: '添加平台管理人员' });
      await dialog.getByLabel('所在单位').fill('人事处');
      await dialog.getByLabel('姓名').fill('张管理');
      await dialog.getByLabel('职务').fill('科长');
      await dialog.getByLabel('身份证号码').fill('123');
      await dialog.getByLabel('手机号码').fill('13800138000');
      await dialog.getByLabel('座机号').fill('0631-5201234');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => dialog.locator('.ant-form-item-explain-error').count()).toBe(1);
      expect(await dialog.locator('.ant-form-item-explain-error').innerText()).toMatch(
        /[\u4e00-\u9fff]/,
      );
      await dialog.getByLabel('身份证号码').fill(fakeIdNumber(7));
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: '张管理', exact: true }).waitFor();
      expect(await page.getByText(/^\d{6}\*{8}\d{3}[\dX]$/).count()).toBe(1);
      await photograph(page, 'reports-managers');
      expect(await latinWordsIn(page)).toEqual([]);

      await page.getByRole('tab', { name: '导出报表' }).click();
      const sheet = await download(page, '导出信息表');
      expect(sheet.name).toMatch(/_山东省继续教育平台管理人员信息表_\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(sheet.cell(sheet.sheets[0] ?? '', 'A1')).toBe('山东省继续教育平台管理人员信息表');
      expect(sheet.text(sheet.sheets[0] ?? '')).toContain('人事处,张管理,0631-5201234');
      expect(sheet.text(sheet.sheets[0] ?? '')).toContain('负责人：赵主任');
    },
  );

  it(
    'imports a managers list only on 确认导入, with a row-by-row report',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('tab', { name: '导入名单' }).click();
      const csv = [
        '所在单位,姓名,职务,身份证号码,手机号码,座机号',
        `医务处,李管理,主任,${fakeIdNumber(8)},13900139000,0631-5205678`,
        '医务处,坏行,科员,123,13900139001,',
      ].join('\n');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: '选择文件…' }).click(),
      ]);
      await chooser.setFiles({
        name: '管理人员.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByText('管理人员.csv：可读取 1 行，有问题 1 行。').waitFor();
      expect(await page.getByText('新增', { exact: true }).count()).toBe(1);
      await page.getByText('有问题的行（').waitFor();
      await photograph(page, 'reports-import');
      // The picked file's own name is the user's text, not the app's.
      expect(await latinWordsIn(page)).toEqual(['csv']);
      expect(await overflowsWindow(page)).toBe(false);

      await page.getByRole('tab', { name: '管理人员' }).click();
      expect(await page.getByRole('cell', { name: '李管理', exact: true }).count()).toBe(0);
      await page.getByRole('tab', { name: '导入名单' }).click();
      await page.getByRole('button', { name: /^确认导入/ }).click();
      await page.getByText('已导入 1 名管理人员。').waitFor();
      await page.getByRole('tab', { name: '管理人员' }).click();
      await page.getByRole('cell', { name: '李管理', exact: true }).waitFor();
    },
  );

  it('exports the decision log of a period', { timeout: 120_000 }, async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '导出报表' }).click();
    const log = await download(page, '导出审核记录');
    expect(log.name).toMatch(/_审核记录_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(log.cell(log.sheets[0] ?? '', 'A1')).toBe('审核记录');
    expect(log.text(log.sheets[0] ?? '')).toContain('期间：');
  });
});
