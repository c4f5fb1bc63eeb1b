import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project, Staff } from '#shared/contract/index.ts';
import { at, readBack } from '#shared/sheets/xlsx/read-back.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { overflowsWindow } from './screen-checks.ts';

/**
 * Issue 16, as a Jining unit's administrator works: file projects before they open (with the
 * 5-working-day warning of 001 五 across the Mid-Autumn and National Day holidays), one of them
 * offline; then file the attendance of an ended project from a sign-in list and review the
 * claims it made. "Today" is Thursday 2026-09-24, 10:00 in China: Friday 09-25 is Mid-Autumn
 * Festival, 10-01..07 National Day, Saturday 10-10 a make-up working day.
 */
const today = '2026-09-24';

async function openProjects(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '培训项目' }).click();
  await page.getByRole('button', { name: '备案新项目' }).waitFor();
}

/**
 * A day typed into a date field and left with Tab, as a reviewer moves on to the next field. Not
 * Enter: in a form, Enter submits it (the filing went before its 提交备案 was clicked).
 */
async function typeDay(field: Locator, day: string): Promise<void> {
  await field.fill(day);
  await field.press('Tab');
}

async function fillFiling(page: Page, title: string, startDate: string): Promise<void> {
  await page.getByRole('button', { name: '备案新项目' }).click();
  const dialog = page.getByRole('dialog', { name: '备案新培训项目' });
  await dialog.getByLabel('项目名称').fill(title);
  // The app's own Chinese calendar, not the browser's date input (mm/dd/yyyy in an English one).
  expect(await dialog.getByLabel('开班日期').getAttribute('placeholder')).toBe('年-月-日');
  await typeDay(dialog.getByLabel('开班日期'), startDate);
  await typeDay(dialog.getByLabel('结束日期'), startDate);
  await dialog.getByLabel('学时').fill('8');
}

/** Clicks a sheet's button, keeps the download, and reads back its first sheet's cells. */
async function downloadSheet(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  mkdirSync('artifacts/downloads', { recursive: true });
  const path = `artifacts/downloads/${file.suggestedFilename()}`;
  await file.saveAs(path);
  const book = await readBack(readFileSync(path));
  const sheet = book.sheets[book.sheetNames[0] ?? ''];
  return { name: file.suggestedFilename(), cell: (address: string) => at(sheet, address)?.v };
}

/** The row of the projects list that names `title`. */
const projectRow = (page: Page, title: string) => page.getByRole('row').filter({ hasText: title });

describe('培训项目 (issue 16)', () => {
  // One small unit before, so the unit signed in is the catalog's Jining one (jining-2020).
  const app = appForTests(
    () => openSignedInApp({ unitsBefore: 1, now: `${today}T02:00:00.000Z` }),
    300_000,
  );

  beforeAll(() => {
    expect(app.account.rulebook).toBe('jining-2020');
  });

  it('warns in red when fewer than 5 working days remain, counting the holidays, and files', async () => {
    const { page } = app;
    await openProjects(page);
    await fillFiling(page, '2026 年急诊急救技能培训班', '2026-10-08');
    // 14 calendar days ahead, but only 09-24, 09-28, 09-29 and 09-30 are working days.
    const warning = page.getByRole('alert').filter({ hasText: '距开班不足 5 个工作日' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      `今天（${today}）距开班（2026-10-08）还有 4 个工作日（按国家法定节假日和调休安排计算）。最迟备案日期为 2026-09-23。依据济宁市人社局2020年度继续教育通知 五`,
    );
    await photograph(page, 'projects-filing-warning');
    expect(await overflowsWindow(page)).toBe(false);

    // Four days later the make-up Saturday counts: 7 working days, in time, no red.
    await typeDay(page.getByLabel('开班日期'), '2026-10-12');
    await page.getByText('还有 7 个工作日').waitFor();
    expect(await page.getByText('最迟备案日期为 2026-09-29。').count()).toBe(1);
    expect(await page.getByText('距开班不足').count()).toBe(0);

    // Filed all the same, on the start first typed: the platform takes it, the rules judge it.
    await typeDay(page.getByLabel('开班日期'), '2026-10-08');
    await page.getByRole('button', { name: '提交备案' }).click();
    await projectRow(page, '2026 年急诊急救技能培训班').getByText('已备案').waitFor();
    expect(await projectRow(page, '2026 年急诊急救技能培训班').textContent()).toContain(
      `2026-10-082026-10-088${today}`,
    );

    // The sign-in sheet to print before the class: names, departments, a column to sign.
    const signIn = await downloadSheet(page, '签到表：2026 年急诊急救技能培训班');
    expect(signIn.name).toBe(
      `${app.account.unitName}_2026 年急诊急救技能培训班_培训签到表_${today}.xlsx`,
    );
    expect(signIn.cell('A1')).toBe('2026 年急诊急救技能培训班 培训签到表');
    expect(['A4', 'B4', 'C4', 'D4', 'E4'].map(signIn.cell)).toEqual([
      '序号',
      '姓名',
      '部门',
      '签到时间',
      '签名',
    ]);
    expect(signIn.cell('A5')).toBe(1);
  }, 120_000);

  it('keeps a filing made offline as 待提交, and the sync brings its filing date', async () => {
    const { page } = app;
    await page.context().setOffline(true);
    try {
      await fillFiling(page, '2026 年院内感染防控培训', '2026-10-12');
      await page.getByText('当前未连上省平台：提交后备案在本机“待提交”').waitFor();
      await page.getByRole('button', { name: '提交备案' }).click();
      const row = projectRow(page, '2026 年院内感染防控培训');
      await row.getByText('待提交').waitFor();
      expect(await row.textContent()).toContain('2026-10-122026-10-128—');
      await photograph(page, 'projects-offline');
    } finally {
      await page.context().setOffline(false);
    }
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await page.getByText('同步完成').waitFor({ timeout: 120_000 });
    await openProjects(page);
    const row = projectRow(page, '2026 年院内感染防控培训');
    await row.getByText('已备案').waitFor();
    expect(await row.textContent()).toContain(`2026-10-122026-10-128${today}`);
    // Each filed once, stamped with the platform's day, the retried one included.
    const held = await app.db.query<{ doc: Project }>(
      'SELECT doc FROM projects WHERE unit_id = $1',
      [app.account.unitId],
    );
    const mine = held
      .map(({ doc }) => doc)
      .filter(
        (doc) =>
          doc.title === '2026 年急诊急救技能培训班' || doc.title === '2026 年院内感染防控培训',
      )
      .map((doc) => [doc.title, doc.startDate, doc.filedDate])
      .sort();
    expect(mine).toEqual([
      ['2026 年急诊急救技能培训班', '2026-10-08', today],
      ['2026 年院内感染防控培训', '2026-10-12', today],
    ]);
  }, 200_000);

  it('files the attendance of an ended project from a sign-in list, one bad row refused', async () => {
    const { page } = app;
    const unitId = app.account.unitId;
    const [ended] = await app.db.query<{ doc: Project }>(
      `SELECT p.doc FROM projects p WHERE p.unit_id = $1 AND p.doc->>'endDate' < $2
         AND NOT EXISTS (SELECT 1 FROM claims c
                          WHERE c.unit_id = $1 AND c.doc->'details'->>'projectId' = p.id)`,
      [unitId, today],
    );
    if (ended === undefined) throw new Error('the seed made no ended project without attendance');
    const project = ended.doc;
    const staff = await app.db.query<{ doc: Staff }>(
      'SELECT doc FROM staff WHERE unit_id = $1 ORDER BY id',
      [unitId],
    );
    const people = staff
      .map(({ doc }) => doc)
      .filter((p) => p.status === 'active' && (p.integrityRecords ?? []).length === 0)
      .slice(0, 4);
    const [a, b, c, d] = people;
    if (a === undefined || b === undefined || c === undefined || d === undefined) {
      throw new Error('the seed made too few active staff');
    }
    const csv = [
      '序号,姓名,身份证号,部门,学时,签名',
      `1,${a.name},${a.idNumber},${a.department ?? ''},${project.hours},`,
      `2,${b.name},${b.idNumber},${b.department ?? ''},,`,
      `3,${c.name},${c.idNumber},${c.department ?? ''},${project.hours + 4},`,
      `4,${d.name},${d.idNumber},${d.department ?? ''},${project.hours},`,
    ].join('\n');

    await openProjects(page);
    await page.getByText(/^已结束待报学时（\d+）$/).click();
    await page.getByRole('button', { name: `报送学时：${project.title}` }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入签到表…' }).click(),
    ]);
    await chooser.setFiles({
      name: '签到表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const preview = page.getByRole('table', { name: '报送预览' });
    await preview.getByText('不予报送').waitFor();
    expect(await preview.getByText('建议通过').count()).toBe(3);
    expect(await preview.getByRole('row').filter({ hasText: c.name }).textContent()).toContain(
      `不予报送学时 ${project.hours + 4} 超过本项目的 ${project.hours} 学时，请改为不超过项目学时。`,
    );
    await photograph(page, 'projects-attendance-preview');
    expect(await overflowsWindow(page)).toBe(false);

    await page.getByRole('button', { name: '提交（3 人）' }).click();
    const results = page.getByRole('table', { name: '报送结果' });
    await results.getByText('已生成申报').first().waitFor({ timeout: 60_000 });
    expect(await results.getByText('已生成申报').count()).toBe(3);
    await photograph(page, 'projects-attendance-results');
    await page.keyboard.press('Escape');
    await page.getByText(/^已报学时（\d+）$/).click();
    await projectRow(page, project.title).getByText('已报学时').waitFor();
    // The list names the claims the platform made, pulled in right after 提交: a moment later.
    const listed = () => downloadSheet(page, `学时名单：${project.title}`);
    await expect.poll(async () => (await listed()).cell('C8'), { timeout: 30_000 }).toBe('3 人');
    const list = await listed();
    expect(list.cell('A1')).toBe(`${project.title} 培训项目学时名单`);
    expect(list.cell('D8')).toBe(project.hours * 3);

    // The claims it made, reviewed like any other: clean, so bulk approval takes them.
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.getByLabel('搜索').fill(project.title);
    await page.getByLabel('搜索').press('Enter');
    const bulk = page.getByRole('button', { name: '批量通过（3）' });
    await bulk.waitFor({ timeout: 60_000 });
    await photograph(page, 'projects-made-claims');
    await bulk.click();
    await page.getByRole('button', { name: '确认通过' }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('3 条');
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await page.getByText('同步完成').waitFor({ timeout: 120_000 });

    const held = await app.held();
    const made = held.claims
      .filter((claim) => claim.details?.projectId === project.id)
      .map((claim) => [claim.staffId, claim.filedBy, claim.status, claim.claimedHours])
      .sort();
    expect(made).toEqual(
      [a, b, d].map((p) => [p.id, 'unit', 'unit_approved', project.hours]).sort(),
    );
  }, 300_000);
});
