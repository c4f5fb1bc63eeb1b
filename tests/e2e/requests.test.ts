import { describe, expect, it } from 'vitest';
import type { Claim } from '#shared/contract/index.ts';
import { mutateRecord } from '../../provincial-api/db/records.ts';
import type { Staff } from '../../shared/contract/index.ts';
import { serverRecords } from '../integration/server-records.ts';
import { newPassword, openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { belowTheFold, latinWordsIn } from './screen-checks.ts';

/**
 * Contract 1.1 played by a reviewer in Chromium against the reference server: change requests
 * and transfers decided in 待审核, 撤销通过 with the 诚信档案 mark in 人员, all through the menu,
 * the filters and the buttons.
 */
describe('change requests, transfers and revoke in Chromium against the reference server', () => {
  const app = appForTests(() => openSignedInApp({ staff: 60, claims: 300 }));
  const held = <K extends 'staff' | 'claims' | 'changes' | 'transfers'>(collection: K) =>
    serverRecords(
      {
        baseUrl: app.server.baseUrl,
        account: app.account.account,
        password: newPassword,
        unitId: app.account.unitId,
      },
      collection,
    );

  /** 待审核 narrowed to one 类别, the way a reviewer picks it from the filter. */
  async function openKind(kind: '信息变更' | '人员调转') {
    const { page } = app;
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.getByLabel('类别').click();
    // The kinds of requests are listed after the claims' categories: scroll down to them.
    const option = page.locator('.ant-select-item-option', { hasText: kind });
    const list = page.locator('.ant-select-item-option').first();
    for (let turn = 0; turn < 10 && (await option.count()) === 0; turn += 1) {
      await list.hover();
      await page.mouse.wheel(0, 200);
    }
    await option.click();
  }

  async function syncNow() {
    const { page } = app;
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => app.pendingTag().textContent(), { timeout: 60_000 }).toContain('0 条');
  }

  const requestOnScreen = () =>
    app.page.locator('[data-request-id]').getAttribute('data-request-id');

  it('approves a change of 身份证号 offline; after the sync the staff record holds it', async () => {
    const { page } = app;
    await openKind('信息变更');
    await page.locator('.virtual-row', { hasText: '变更身份证号' }).first().click();
    const pane = page.getByRole('region', { name: '申请内容' });
    await pane.getByText('新身份证号校验通过，本单位没有他人使用。').waitFor();
    await pane
      .getByRole('region', { name: '附件' })
      .getByText(/^户籍证明/)
      .waitFor();
    const changeId = await requestOnScreen();
    const change = (await held('changes')).get(changeId ?? '');
    if (change?.changes.idNumber === undefined) throw new Error('no 身份证号 change on screen');

    // The network goes, and the reviewer decides anyway.
    await page
      .context()
      .route(`${app.server.url}/**`, (route) => route.abort('internetdisconnected'));
    await page.context().setOffline(true);
    await page.getByRole('status', { name: '网络状态' }).getByText('离线').waitFor();
    await photograph(page, 'request-change');
    // Chinese only, but for the attached file's own name, which keeps its extension.
    expect((await latinWordsIn(page)).filter((word) => word !== 'pdf')).toEqual([]);
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');
    expect((await held('staff')).get(change.staffId)?.idNumber).toBe(change.changes.idNumber.from);

    await page.context().setOffline(false);
    await page.context().unroute(`${app.server.url}/**`);
    await syncNow();
    await expect
      .poll(async () => (await held('staff')).get(change.staffId)?.idNumber)
      .toBe(change.changes.idNumber.to);
    expect((await held('changes')).get(change.id)?.status).toBe('unit_approved');
  }, 180_000);

  it('shows a change in conflict after the person record changed on the platform, and decides it again', async () => {
    const { page } = app;
    await openKind('信息变更');
    await page.locator('.virtual-row', { hasText: '变更姓名' }).first().click();
    const changeId = await requestOnScreen();
    const change = (await held('changes')).get(changeId ?? '');
    if (change?.changes.name === undefined) throw new Error('no name change on screen');
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');
    // Meanwhile the person's record changes on the platform, by the simulator's own kind of
    // write (stamped, a new revision): the name is no longer what the request changes from.
    await mutateRecord<Staff>(app.db, 'staff', change.staffId, Date.now(), (staff) => ({
      ...staff,
      name: `${staff.name.slice(0, 1)}晓明`,
    }));

    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await page.getByText('1 条冲突待重新审核').first().waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /冲突（1）/ }).click();
    await page.getByText('省平台上的最新版本').waitFor();
    await page.getByRole('button', { name: '重新审核' }).click();
    const pane = page.getByRole('region', { name: '申请内容' });
    await pane.getByText('上次的审核结果与省平台冲突，未生效').waitFor();
    await pane.getByText(/申请后姓名已变：现为「.晓明」/).waitFor();
    await photograph(page, 'request-conflict');

    await page.getByLabel('审核意见').fill('姓名已另行变更，请核实后重新申请');
    await page.getByRole('button', { name: '不通过', exact: true }).click();
    await syncNow();
    await expect
      .poll(async () => (await held('changes')).get(change.id)?.status)
      .toBe('unit_rejected');
  }, 180_000);

  it('approves a transfer in: the certified hours are in the person’s bank', async () => {
    const { page } = app;
    await openKind('人员调转');
    await page.locator('.virtual-row', { hasText: '调入' }).first().click();
    const pane = page.getByRole('region', { name: '申请内容' });
    await pane.getByRole('table', { name: '认定学时与合并' }).waitFor();
    const transferId = await requestOnScreen();
    const transfer = (await held('transfers')).get(transferId ?? '');
    const [certified] = transfer?.transferredInHours ?? [];
    if (transfer === undefined || certified === undefined) throw new Error('no hours certified');
    await pane.getByText(certified.certificateNo).waitFor();
    await photograph(page, 'request-transfer-in');
    // The hours decided on are seen whole at 1366×768, not cut at the pane's fold.
    const hours = pane.getByRole('table', { name: '认定学时与合并' });
    expect(await belowTheFold(hours, 'bottom')).toBe(false);
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await syncNow();
    await expect
      .poll(async () => (await held('transfers')).get(transfer.id)?.status)
      .toBe('unit_approved');
    const staffId = (await held('transfers')).get(transfer.id)?.staffId ?? '';
    expect((await held('staff')).get(staffId)?.transferredInHours).toEqual(
      transfer.transferredInHours,
    );

    // 人员 shows them with the certified hours in their bank.
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByLabel('搜索人员').fill(transfer.person.name);
    await page.getByRole('button', { name: transfer.person.name, exact: true }).first().click();
    const drawer = page.getByRole('dialog', { name: `${transfer.person.name} 的学时档案` });
    await drawer.getByText(certified.certificateNo).waitFor();
    await photograph(page, 'request-transfer-in-bank');
    await drawer.getByRole('button', { name: /Close|关闭/ }).click();
  }, 180_000);

  it('approves a transfer out with the A key: the person leaves the unit on the platform', async () => {
    const { page } = app;
    await openKind('人员调转');
    await page.locator('.virtual-row', { hasText: '调出' }).first().click();
    const pane = page.getByRole('region', { name: '申请内容' });
    await pane.getByRole('table', { name: '年度学时' }).waitFor();
    const transferId = await requestOnScreen();
    const transfer = (await held('transfers')).get(transferId ?? '');
    if (transfer?.staffId === undefined) throw new Error('no transfer out on screen');
    await photograph(page, 'request-transfer-out');
    // From the keyboard, as claims are decided: R has no 退回 to give here and says so; A approves.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await page.getByText('此项只能通过或不通过，没有退回').waitFor();
    await photograph(page, 'request-transfer-out-r-key');
    await page.keyboard.press('a');
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');
    await syncNow();
    await expect
      .poll(async () => (await held('staff')).get(transfer.staffId ?? '')?.status)
      .toBe('transferred_out');
  }, 180_000);

  it('revokes an approval with the integrity mark; the platform holds the integrity record', async () => {
    const { page } = app;
    const staff = await held('staff');
    const claims = [...(await held('claims')).values()];
    // A person whose first page of claims (as 人员 lists them) holds one the unit approved.
    const target = [...staff.values()]
      .filter((person) => person.status === 'active')
      .map((person) => ({
        person,
        claim: firstPage(claims.filter((c) => c.staffId === person.id)).find(
          (c) => c.status === 'unit_approved',
        ),
      }))
      .find((found) => found.claim !== undefined);
    if (target?.claim === undefined) throw new Error('no unit_approved claim to revoke');
    const { person, claim } = target;

    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByLabel('搜索人员').fill(person.name);
    await page.getByRole('button', { name: person.name, exact: true }).first().click();
    const drawer = page.getByRole('dialog', { name: `${person.name} 的学时档案` });
    await drawer.getByText('无诚信档案记录。').waitFor();
    await drawer
      .getByRole('row', { name: new RegExp(escape(claim.title)) })
      .getByRole('button', { name: '撤销通过' })
      .click();
    const dialog = page.getByRole('dialog', { name: `撤销通过：${claim.title}` });
    await dialog.getByLabel('撤销原因').fill('证书经核实为伪造');
    await dialog.getByText('申报不实，记入诚信档案').click();
    await photograph(page, 'request-revoke');
    await dialog.getByRole('button', { name: '确认撤销通过' }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');
    await drawer.getByRole('button', { name: /Close|关闭/ }).click();
    await syncNow();
    await expect
      .poll(async () => (await held('staff')).get(person.id)?.integrityRecords?.[0]?.claimId)
      .toBe(claim.id);
    expect((await held('claims')).get(claim.id)?.status).toBe('unit_rejected');

    // 人员 shows the record, in its period.
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByLabel('搜索人员').fill(person.name);
    await page.getByRole('button', { name: person.name, exact: true }).first().click();
    await page
      .getByRole('region', { name: '诚信档案' })
      .getByText('记录期内')
      .waitFor({ timeout: 30_000 });
    await photograph(page, 'request-integrity-record');
  }, 180_000);
});

/** The claims 人员 shows on a person's first page: latest year first, then latest submitted. */
function firstPage(claims: readonly Claim[]): Claim[] {
  return [...claims]
    .filter((claim) => !claim.deleted)
    .sort((a, b) => b.year - a.year || b.submittedAt.localeCompare(a.submittedAt))
    .slice(0, 10);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
