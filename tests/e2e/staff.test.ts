import { describe, expect, it } from 'vitest';
import type { Staff } from '#shared/contract/index.ts';
import { genderOfIdNumber } from '#shared/validators/index.ts';
import type { Database } from '../../provincial-api/db/database.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { latinWordsIn, overflowsWindow } from './screen-checks.ts';

const maskedId = /\d{6}\*{8}\d{3}[\dX]/;

describe('人员 screen', () => {
  let misgendered = '';
  /** Before the first pull: one waiting registration gets the 性别 its 身份证号 does not carry. */
  async function misgender(db: Database): Promise<void> {
    const [row] = await db.query<{ id: string; doc: Staff }>(
      `SELECT id, doc FROM staff WHERE doc->>'status' = 'pending_registration' ORDER BY id DESC LIMIT 1`,
    );
    if (row === undefined) throw new Error('the seed has no waiting registration');
    const gender = genderOfIdNumber(row.doc.idNumber) === '男' ? '女' : '男';
    await db.query('UPDATE staff SET doc = $2 WHERE id = $1', [row.id, { ...row.doc, gender }]);
    misgendered = row.doc.name;
  }
  const app = appForTests(() => openSignedInApp({ staff: 400, claims: 800, prepare: misgender }));

  it(
    'lists staff with masked 身份证号, searches, and opens a person with the full number on request',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('menuitem', { name: '人员' }).click();
      const search = page.getByLabel('搜索人员');
      await search.waitFor();
      expect(await page.getByLabel('部门', { exact: true }).count()).toBe(1);
      const rows = page.locator(
        '.ant-table-tbody .ant-table-row, .ant-table-tbody-virtual .ant-table-row',
      );
      await expect.poll(() => rows.count()).toBeGreaterThan(5);
      const firstRow = await rows.first().innerText();
      expect(firstRow).toMatch(maskedId);

      const name = (await rows.first().getByRole('button').first().innerText()).trim();
      const countLine = page.getByText(/^共 \d+ 人/);
      const everyone = await countLine.innerText();
      await search.fill(name);
      // The count line matches before the search applies too, so wait for the rows themselves.
      const allShowName = async () => {
        const texts = await rows.allInnerTexts();
        return texts.length > 0 && texts.every((text) => text.includes(name));
      };
      await expect.poll(allShowName).toBe(true);
      expect(await countLine.innerText()).toMatch(/^共 [1-9]\d* 人/);
      expect(await countLine.innerText()).not.toBe(everyone);
      await photograph(page, 'staff');
      expect(await latinWordsIn(page)).toEqual([]);
      expect(await overflowsWindow(page)).toBe(false);

      await rows.first().getByRole('button', { name }).click();
      const drawer = page.getByRole('dialog', { name: `${name} 的学时档案` });
      await drawer.waitFor();
      await drawer.getByText('学时银行（逐年）').waitFor();
      expect(await drawer.getByText(maskedId).count()).toBe(1);
      await drawer.getByRole('button', { name: '显示完整号码' }).click();
      expect(await drawer.getByText(/^\d{17}[\dX]$/).count()).toBe(1);
      expect(await drawer.getByRole('columnheader', { name: '是否达标' }).count()).toBe(1);
      await photograph(page, 'staff-detail');
      expect(await latinWordsIn(drawer)).toEqual([]);
      await drawer
        .getByRole('button', { name: 'Close' })
        .or(drawer.getByRole('button', { name: '关闭' }))
        .first()
        .click();
      await drawer.waitFor({ state: 'hidden' });
    },
  );

  it(
    'refuses a registration only with a reason, then shows it as 待同步',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('tab', { name: /注册审核/ }).click();
      const reject = page.getByRole('button', { name: /^不通过 .+ 的注册$/ }).first();
      await reject.waitFor();
      const rejectAll = page.getByRole('button', { name: /^不通过 .+ 的注册$/ });
      const waiting = await rejectAll.count();
      expect(waiting).toBeGreaterThan(1);

      await reject.click();
      const dialog = page.getByRole('dialog', { name: /^不通过 .+ 的注册$/ });
      await dialog.waitFor();
      const confirm = dialog.getByRole('button', { name: '确定不通过' });
      expect(await confirm.isDisabled()).toBe(true);
      await dialog.getByLabel('不通过原因').fill('非本单位在职人员');
      await confirm.click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(/^已不通过 .+ 的注册/).waitFor();
      await expect.poll(() => rejectAll.count()).toBe(waiting - 1);
      expect(await page.getByText('待同步', { exact: true }).count()).toBe(1);
      await expect
        .poll(() => page.getByRole('status', { name: '待同步' }).innerText())
        .toContain('1');
      // The dialog's fade-out would otherwise grey the picture.
      await expect.poll(() => page.locator('.ant-modal-mask:visible').count()).toBe(0);
      await photograph(page, 'staff-registrations');
      expect(await latinWordsIn(page)).toEqual([]);
      expect(await overflowsWindow(page)).toBe(false);
    },
  );

  it(
    'approves a registration with one click and shows it as 待同步',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      const approve = page.getByRole('button', { name: /^通过 .+ 的注册$/ });
      await approve.first().waitFor();
      const waiting = await approve.count();
      await approve.first().click();
      // Either the success notice or the outbox's refusal: the failure then says which.
      const notice = page.getByText(/^(已通过 .+ 的注册|通过须填写认定学时)/).first();
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/^已通过 .+ 的注册/);
      await expect.poll(() => approve.count()).toBe(waiting - 1);
      expect(await page.getByText('待同步', { exact: true }).count()).toBe(2);
    },
  );

  it(
    'checks each registration for the reviewer: a 性别 its 身份证号 does not carry stands out, in 人员 and in 待审核',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.getByRole('tab', { name: /注册审核/ }).click();
      const row = page.getByRole('row').filter({ hasText: misgendered });
      await expect.poll(() => row.innerText()).toContain('身份证号显示为');
      expect(await page.getByRole('row').filter({ hasText: '无误' }).count()).toBeGreaterThan(0);

      await page.getByRole('menuitem', { name: '待审核' }).click();
      await page.getByText('全部', { exact: true }).click();
      await page.getByLabel('搜索').fill(misgendered);
      await page.getByLabel('搜索').press('Enter');
      await page.locator('.virtual-row').filter({ hasText: '人员注册' }).first().click();
      await page
        .getByRole('region', { name: '注册核对' })
        .getByText(/^性别填为/)
        .waitFor();
      expect(await page.getByText('人员注册不附证明材料', { exact: false }).count()).toBe(1);
      await photograph(page, 'inbox-registration-checks');
      expect(await overflowsWindow(page)).toBe(false);
    },
  );
});
