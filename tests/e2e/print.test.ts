import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rosterHeader } from '../../shared/sheets/export-roster.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph, screenshotDir } from './browser.ts';

const pdftoppm = '/usr/bin/pdftoppm';

describe('打印 in the shell', () => {
  const app = appForTests(() => openSignedInApp({ staff: 20, claims: 200 }));

  it('prints a person’s 年度学时证明 on A4 with the ID masked and a place for the seal', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '打印' }).click();
    await page.getByText('请选择要出具学时证明的人员。').waitFor();
    await page.getByLabel('打印人员').click();
    await page.locator('.ant-select-item-option').first().click();
    const preview = page.getByLabel('年度学时证明预览');
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain(`${new Date().getFullYear()}年度专业技术人员继续教育学时证明`);
    expect(text).toMatch(/身份证号：\d{6}\*{8}\d{3}[\dX]）/);
    expect(text).toMatch(/年度完成情况：(已达标|未达标)/);
    expect(text).toContain('（盖章）');
    await photograph(page, 'print-certificate');

    // The browser host prints with the browser's own dialog, the print document in place.
    await page.evaluate(() => {
      Object.assign(window, {
        printedSheets: [] as number[],
        print: () => {
          const printed = Reflect.get(window, 'printedSheets') as number[];
          printed.push(document.querySelectorAll('.print-document .print-sheet').length);
        },
      });
    });
    await page.getByRole('button', { name: '打印…' }).click();
    await expect
      .poll(() => page.evaluate(() => Reflect.get(window, 'printedSheets') as number[]))
      .toEqual([1]);

    const pdf = `${screenshotDir}/print-certificate.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    if (existsSync(pdftoppm)) {
      execFileSync(pdftoppm, [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        pdf,
        `${screenshotDir}/print-certificate-pdf`,
      ]);
      expect(existsSync(`${screenshotDir}/print-certificate-pdf-1.png`)).toBe(true);
    } else {
      console.log(
        'SKIPPED: PDF to PNG — pdftoppm is not installed (apt-get install -y poppler-utils).',
      );
    }
  });

  it('previews the unit’s 年度完成情况表 with its totals in landscape', async () => {
    const { page } = app;
    await page.getByText('年度完成情况表', { exact: true }).click();
    const preview = page.getByLabel('年度完成情况表预览');
    await preview.waitFor();
    const headers = await preview.locator('thead th').allInnerTexts();
    expect(headers).toEqual([...rosterHeader]);
    expect(await preview.innerText()).toMatch(/合计（共 \d+ 人，达标 \d+ 人，未达标 \d+ 人）/);
    await photograph(page, 'print-summary');
  });
});
