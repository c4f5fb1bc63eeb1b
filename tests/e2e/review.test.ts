import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../provincial-api/index.ts';
import { newPassword, openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';

describe('reviewing a day of claims in Chromium against the reference server', () => {
  const app = appForTests(() => openSignedInApp({ staff: 60, claims: 300 }));

  it('decides claims offline, keeps them over a reload, and syncs them when back online', async () => {
    const { page } = app;
    const before = new Set((await app.held()).decisionIds);
    await app.evidenceDownloaded();
    await page.goto(`${app.appUrl}#/inbox`);
    await page.locator('.virtual-row').first().waitFor();

    // The network goes: the platform's routes are blocked and the browser reports offline.
    await page
      .context()
      .route(`${app.server.url}/**`, (route) => route.abort('internetdisconnected'));
    await page.context().setOffline(true);
    await page.getByRole('status', { name: '网络状态' }).getByText('离线').waitFor();

    await page.locator('.virtual-row').first().click();
    const approved = await app.shownClaim();
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');
    await expect.poll(() => app.shownClaim()).not.toBe(approved);
    await page.getByLabel('常用原因').click();
    await page.getByTitle('证明材料不完整，请补充上传').click();
    const returned = await app.shownClaim();
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('2 条');
    // The reason below is for the next claim: type it once that claim is on the screen.
    await expect.poll(() => app.shownClaim()).not.toBe(returned);
    await page.getByLabel('审核意见').fill('不属于继续教育学时认定范围');
    await page.getByLabel('审核意见').blur();
    await page.keyboard.press('x');
    await expect.poll(() => app.pendingTag().textContent()).toContain('3 条');
    // The evidence is drawn offline too, from the local copy.
    await page.locator('canvas[aria-label="第 1 页"], img[alt="证明材料"]').first().waitFor();
    await photograph(page, 'inbox');

    // A reload while offline: the same password opens the local data, the decisions are there.
    await page.context().setOffline(false);
    await page.reload();
    await app.signIn(page);
    await expect.poll(() => app.pendingTag().textContent()).toContain('3 条');
    expect((await app.held()).decisionIds.filter((id) => !before.has(id))).toHaveLength(0);

    // Back online: 立即同步 asks for the platform sign-in the offline start could not make, then
    // the server holds exactly the three decisions.
    await page.context().unroute(`${app.server.url}/**`);
    await page.goto(`${app.appUrl}#/sync`);
    await page.getByRole('button', { name: '立即同步' }).click();
    const dialog = page.getByRole('dialog', { name: '请重新登录省平台' });
    await dialog.getByLabel('密码').fill(newPassword);
    await dialog.getByRole('button', { name: '登录并继续同步' }).click();
    await page.getByText('同步完成').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => app.pendingTag().textContent()).toContain('0 条');
    const after = (await app.held()).decisionIds.filter((id) => !before.has(id));
    expect(after).toHaveLength(3);
    await photograph(page, 'sync');
  }, 180_000);

  it('shows a conflict made by the claimant simulator and lets the reviewer decide again', async () => {
    const { page } = app;
    const simulator = await startSimulator(app.db, {
      unitId: app.account.unitId,
      ratePerSecond: 0.001,
      randomSeed: 3,
    });
    const localView = await app.held();
    for (let i = 0; i < 120; i += 1) await simulator.step();
    await simulator.stop();
    // A claim still awaiting review before the edit: one returned in the test above and
    // resubmitted by the claimant was already decided here, so it offers no 通过 to press.
    const edited = (await app.held()).claims.find((claim) => {
      const seen = localView.claims.find((c) => c.id === claim.id);
      return (
        claim.status === 'submitted' &&
        seen?.status === 'submitted' &&
        claim.revision > seen.revision
      );
    });
    if (edited === undefined) throw new Error('the simulator edited no submitted claim');

    // The reviewer decides on the version they saw, which the claimant has since changed.
    await page.goto(`${app.appUrl}#/inbox/${edited.id}`);
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await page.getByText('1 条冲突待重新审核').first().waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /冲突（1）/ }).click();
    await page.getByText('省平台上的最新版本').waitFor();
    await photograph(page, 'conflict');

    await page.getByRole('button', { name: '重新审核' }).click();
    await page.getByText(edited.title).first().waitFor();
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => app.pendingTag().textContent(), { timeout: 60_000 }).toContain('0 条');
    const final = (await app.held()).claims.find((claim) => claim.id === edited.id);
    expect(final?.status).toBe('unit_approved');
  }, 180_000);

  it('approves in bulk what the rules allow, and undoes it before sync', async () => {
    const { page } = app;
    await page.goto(`${app.appUrl}#/inbox`);
    const bulk = page.getByRole('button', { name: /批量通过（\d+）/ });
    await bulk.waitFor();
    // The summary follows the first paint in a deferred render: wait for it.
    const countOf = async () =>
      Number(/（(\d+)）/.exec((await bulk.textContent()) ?? '')?.[1] ?? '0');
    await expect.poll(countOf).toBeGreaterThan(0);
    const count = await countOf();
    const before = Number(
      /(\d+) 条/.exec((await app.pendingTag().textContent()) ?? '')?.[1] ?? '0',
    );
    await bulk.click();
    await page.getByText('没有任何提示的申报共').waitFor();
    await photograph(page, 'bulk-approve');
    await page.getByRole('button', { name: '确认通过' }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain(`${before + count} 条`);
    await page.getByRole('button', { name: '撤销本次批量通过' }).click();
    // The evidence fetched in the background shows: a PDF page or an image of the selected claim.
    await page.locator('.virtual-row').first().click();
    await page
      .locator('canvas[aria-label="第 1 页"], img[alt="证明材料"], :text("未上传证明材料")')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByText('证明材料尚未下载').count()).toBe(0);
    await expect.poll(() => app.pendingTag().textContent()).toContain(`${before} 条`);
  }, 180_000);
});
