import { describe, expect, it } from 'vitest';
import { firstSignIn, newPassword, openApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { cutOffSideways } from './screen-checks.ts';

/**
 * A reviewer's first day on a freshly seeded platform, played as the reviewer acts: the login
 * screen, the menu, the keys and the buttons, never a URL or a store. The platform answers slowly
 * while the unit comes in (its fault injection adds latency to every answer), so the inbox can be
 * seen filling while the first pull still runs.
 */
describe('a reviewer’s first day in Chromium against a freshly seeded platform', () => {
  const app = appForTests(() => openApp({ staff: 300, claims: 3000 }));

  it('signs in, reviews 20 claims while the unit comes in, works offline, and syncs them', async () => {
    const { page, server } = app;
    const rows = page.locator('.virtual-row');

    // 1. The first sign-in asks for a new password; the unit starts coming in at once.
    server.faults.set({ latencyMs: 2_500 });
    // Everything an empty pane says, from sign-in until the first rows.
    await page.evaluate(() => {
      const said: string[] = [];
      Object.assign(window, { emptyInboxSaid: said });
      new MutationObserver(() => {
        for (const empty of document.querySelectorAll('.ant-empty-description')) {
          const text = empty.textContent;
          if (!said.includes(text)) said.push(text);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await firstSignIn(app);

    // 2. Before the first rows come, the empty inbox says they are coming, never that there are none.
    await page.getByText(/^正在取得本单位的申报/u).waitFor({ timeout: 30_000 });
    const pull = page.getByRole('status', { name: '数据下载' });
    await rows.first().waitFor({ timeout: 60_000 });
    const said = await page.evaluate(
      () => (window as unknown as { emptyInboxSaid: string[] }).emptyInboxSaid,
    );
    expect(said.filter((text) => text.startsWith('没有待审核的申报'))).toEqual([]);
    // Rows are there while the download still runs, and it says how far it is.
    const pullText = (await pull.textContent()) ?? '';
    expect({
      isPullShown: await pull.isVisible(),
      isCounted: /^正在下载本单位的数据：已收到 [\d,]+ 条/u.test(pullText),
      // The seed stamps its records within seconds, so the estimate from their times may say
      // nothing yet: then the count stands alone, without 约 0%.
      isZeroPercentShown: pullText.includes('约 0%'),
    }).toEqual({ isPullShown: true, isCounted: true, isZeroPercentShown: false });
    await photograph(page, 'first-day-inbox-during-pull');

    // The evidence follows the records, in the background, apart on the 同步 page.
    await pull.waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByRole('menuitem', { name: '同步' }).click();
    const evidence = page.getByRole('status', { name: '证明材料下载' });
    await evidence.getByText('正在后台下载待审申报的证明材料').waitFor({ timeout: 60_000 });
    await photograph(page, 'first-day-sync-evidence-download');
    server.faults.clear();
    const before = new Map((await app.held()).claims.map((c) => [c.id, c.decision?.decisionId]));

    // 3. Twenty claims, each looked at with its evidence, decided with the keys.
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await rows.first().click();
    const decided = new Map<string, string>();
    let isPdfPhotographed = false;
    for (let n = 1; n <= 20; n += 1) {
      const claimId = await app.shownClaim();
      if (claimId === null) throw new Error('no claim on the screen');
      const shown = page.getByRole('region', { name: '证明材料' });
      await shown
        .locator('canvas[aria-label="第 1 页"], img[alt="证明材料"], :text("未上传证明材料")')
        .first()
        .waitFor({ timeout: 30_000 });
      if (!isPdfPhotographed && (await shown.getByLabel('第 1 页').count()) > 0) {
        // A new file shows as a whole page (适合页面), once pdf.js has drawn it.
        await shown.locator('.pdf-pages[aria-busy="false"] canvas').first().waitFor();
        await photograph(page, 'first-day-claim-pdf');
        isPdfPhotographed = true;
        // Beside the evidence the claim pane is narrow: the person's ID must still read whole.
        const idCell = page.getByRole('row').filter({ hasText: '身份证号' }).getByRole('cell');
        expect(await cutOffSideways(idCell)).toBe(false);
      }
      const card = page.getByRole('region', { name: '申报详情' });
      if ((await card.getByText('建议通过').count()) > 0) {
        await page.keyboard.press('a');
        decided.set(claimId, 'unit_approved');
      } else {
        await page.getByLabel('审核意见').fill('请补充写明学时的培训证明');
        await page.getByLabel('审核意见').blur();
        await page.keyboard.press('r');
        decided.set(claimId, 'returned');
      }
      await expect.poll(() => app.pendingTag().textContent()).toContain(`待同步 ${n} 条`);
      await expect.poll(() => app.shownClaim()).not.toBe(claimId);
    }
    expect(isPdfPhotographed).toBe(true);

    // 4. The network goes, the page is reloaded, and the reviewer signs in offline. (The browser
    // comes back online for the reload only because this test serves the app itself over the
    // network; the platform stays out of reach.)
    await page.context().route(`${server.url}/**`, (route) => route.abort('internetdisconnected'));
    await page.context().setOffline(true);
    await page.getByRole('status', { name: '网络状态' }).getByText('离线').waitFor();
    await page.context().setOffline(false);
    await page.reload();
    await app.signIn(page);
    await expect.poll(() => app.pendingTag().textContent()).toContain('待同步 20 条');
    // The computer has a network but the platform does not answer: the shell says so, and the
    // 同步 page shows the failure as it happened.
    await page
      .getByRole('status', { name: '网络状态' })
      .getByText(/省平台无法连接/u)
      .waitFor({ timeout: 60_000 });
    await page.getByRole('menuitem', { name: '同步' }).click();
    const lastError = page
      .locator('.ant-descriptions-item')
      .filter({ hasText: '上次错误' })
      .locator('.ant-descriptions-item-content');
    await expect.poll(() => lastError.textContent()).not.toBe('无');

    // 5. The network returns; 立即同步 asks for the platform sign-in the offline start could not
    // make, and the platform then holds exactly these twenty decisions.
    await page.context().unroute(`${server.url}/**`);
    await page.getByRole('button', { name: '立即同步' }).click();
    const dialog = page.getByRole('dialog', { name: '请重新登录省平台' });
    await dialog.getByLabel('密码').fill(newPassword);
    await dialog.getByRole('button', { name: '登录并继续同步' }).click();
    await page.getByText('同步完成').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => app.pendingTag().textContent()).toContain('待同步 0 条');
    const changed = (await app.held()).claims
      .filter((c) => c.decision?.decisionId !== before.get(c.id))
      .map((c) => [c.id, c.status] as const);
    expect(Object.fromEntries(changed)).toEqual(Object.fromEntries(decided));
  }, 420_000);
});
