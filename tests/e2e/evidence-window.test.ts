import { describe, expect, it } from 'vitest';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';

describe('the evidence in a window of its own, for a second monitor', () => {
  const app = appForTests(() => openSignedInApp({ staff: 20, claims: 60 }));

  it('opens from the evidence pane and follows the claim the reviewer moves to with J', async () => {
    const { page } = app;
    await app.evidenceDownloaded();
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.locator('.virtual-row').first().click();
    const titleShown = () =>
      page.getByRole('region', { name: '申报详情' }).locator('.claim-title').innerText();

    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .getByRole('region', { name: '证明材料' })
        .getByRole('button', { name: '在新窗口打开' })
        .click(),
    ]);
    const evidence = popup.getByRole('region', { name: '证明材料' });
    // Its own window needs no sign-in: it shows the claim open in the reviewer's window.
    await expect.poll(() => evidence.innerText()).toContain(await titleShown());
    await evidence
      .locator('canvas[aria-label="第 1 页"], img[alt="证明材料"], :text("未上传证明材料")')
      .first()
      .waitFor({ timeout: 30_000 });
    if ((await evidence.getByLabel('第 1 页').count()) > 0)
      await evidence.locator('.pdf-pages[aria-busy="false"] canvas').first().waitFor();
    await photograph(popup, 'evidence-window');

    const first = await titleShown();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    let next = first;
    // J until a claim of another title (two claims may share one).
    for (let n = 0; n < 10 && next === first; n += 1) {
      await page.keyboard.press('j');
      await expect.poll(titleShown).not.toBe(next);
      next = await titleShown();
    }
    await expect.poll(() => evidence.innerText()).toContain(next);
    expect(await evidence.innerText()).not.toContain(first);
    await popup.close();
  }, 120_000);
});
