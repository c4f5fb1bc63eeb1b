import { describe, expect, it } from 'vitest';
import type { Claim } from '#shared/contract/index.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';

describe('the claim view in Chromium against the reference server', () => {
  const app = appForTests(() => openSignedInApp({ staff: 30, claims: 120 }));

  const awaiting = async (mimeType: string): Promise<Claim> => {
    const claim = (await app.held()).claims.find(
      (c) => c.status === 'submitted' && c.attachments[0]?.mimeType === mimeType,
    );
    if (claim === undefined) throw new Error(`the seed has no pending claim with ${mimeType}`);
    return claim;
  };
  const pageSize = () =>
    app.page
      .getByLabel('第 1 页')
      .evaluate((canvas: HTMLCanvasElement) => [canvas.width, canvas.height] as const);
  // The drawn page's size in whole pixels, within two pixels of the size expected (both are rounded down).
  const near = (size: readonly [number, number], expected: readonly [number, number]) =>
    Math.abs(size[0] - expected[0]) <= 2 && Math.abs(size[1] - expected[1]) <= 2;

  it('shows the evidence with the network cut: PDF pages and images, zoomed and rotated', async () => {
    const { page } = app;
    const pdfClaim = await awaiting('application/pdf');
    const imageClaim = await awaiting('image/png');
    await app.evidenceDownloaded();
    await page.goto(`${app.appUrl}#/inbox`);
    await page.locator('.virtual-row').first().waitFor();
    await page
      .context()
      .route(`${app.server.url}/**`, (route) => route.abort('internetdisconnected'));
    await page.context().setOffline(true);
    try {
      await page.getByRole('status', { name: '网络状态' }).getByText('离线').waitFor();
      await viewOffline(pdfClaim, imageClaim);
    } finally {
      await page.context().unroute(`${app.server.url}/**`);
      await page.context().setOffline(false);
    }
  }, 120_000);

  async function viewOffline(pdfClaim: Claim, imageClaim: Claim) {
    const { page } = app;
    // The viewer was loaded while online: offline, the PDF is drawn from the local copy, as a
    // whole page that fits the evidence area.
    await page.goto(`${app.appUrl}#/inbox/${pdfClaim.id}`);
    await page.getByLabel('第 1 页').waitFor();
    const room = () =>
      page
        .locator('.evidence-scroll')
        .evaluate((area) => [area.clientWidth, area.clientHeight] as const);
    const [roomWidth, roomHeight] = await room();
    const fitted = await pageSize();
    expect({ fitsWidth: fitted[0] <= roomWidth, fitsHeight: fitted[1] <= roomHeight }).toEqual({
      fitsWidth: true,
      fitsHeight: true,
    });
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(async () => (await pageSize())[0]).toBeGreaterThan(fitted[0] + 10);
    const [width, height] = await pageSize();
    // T turns the page a quarter; W fits its (new) width to the area.
    await page.keyboard.press('t');
    await expect.poll(async () => near(await pageSize(), [height, width])).toBe(true);
    await page.keyboard.press('w');
    await expect
      .poll(async () => Math.abs((await pageSize())[0] - (roomWidth - 12)) <= 10)
      .toBe(true);
    expect(await page.getByText(/无法显示|未能加载/).count()).toBe(0);

    // The next file starts as a whole page, upright.
    await page.goto(`${app.appUrl}#/inbox/${imageClaim.id}`);
    const image = page.getByRole('img', { name: '证明材料' });
    // The image turns and zooms with the box that also holds its highlight marks.
    const turnOf = (img: typeof image) =>
      img.evaluate((node) => node.parentElement?.style.transform ?? '');
    await image.waitFor();
    await expect.poll(() => turnOf(image)).toBe('scale(1) rotate(0deg)');
    await page.getByRole('button', { name: '旋转' }).click();
    await expect.poll(() => turnOf(image)).toBe('scale(1) rotate(90deg)');
  }

  it('moves with J and K, and a reload comes back to the claim on the screen and the split left', async () => {
    const { page } = app;
    await page.goto(`${app.appUrl}#/inbox`);
    const rows = page.locator('.virtual-row');
    await rows.first().waitFor();
    // Three claims in a row: change requests and transfers (1.1) share the list, and their rows
    // show no claim card.
    const listed = await rows.evaluateAll((all) =>
      all.map((row) => row.getAttribute('data-row-key')),
    );
    const at = listed.findIndex((_, i) =>
      listed.slice(i, i + 3).every((key) => key !== null && !key.includes(':')),
    );
    const keys = listed.slice(at, at + 3);
    expect(keys).toHaveLength(3);
    await rows.nth(at).click();
    await expect.poll(() => app.shownClaim()).toBe(keys[0]);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await expect.poll(() => app.shownClaim()).toBe(keys[1]);
    await page.keyboard.press('j');
    await expect.poll(() => app.shownClaim()).toBe(keys[2]);
    await page.keyboard.press('k');
    await expect.poll(() => app.shownClaim()).toBe(keys[1]);
    // A screen reader hears which row is the one on the screen: that row alone is selected.
    const selected = () =>
      page
        .getByRole('row', { selected: true })
        .evaluateAll((all) => all.map((row) => row.getAttribute('data-row-key')));
    await expect.poll(selected).toEqual([keys[1]]);
    // Clicked, then J: the focus (and its ring) moves with the selection, so one row looks current.
    await page.locator(`.virtual-row[data-row-key="${keys[0] ?? ''}"]`).click();
    await expect.poll(() => app.shownClaim()).toBe(keys[0]);
    await page.keyboard.press('j');
    await expect.poll(() => app.shownClaim()).toBe(keys[1]);
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-row-key') ?? null);
    await expect.poll(focusedRow).toBe(keys[1]);

    // The reviewer widens the list with the keyboard on its handle; the split is kept.
    const handle = page.getByRole('separator', { name: '调整列表宽度' });
    const listWidth = () => handle.getAttribute('aria-valuenow');
    const before = Number(await listWidth());
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(listWidth).toBe(String(before + 4));

    // The claim reaches the address once the reviewer pauses, so a reload finds it.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/inbox/${keys[1]}`);
    await page.reload();
    await app.signIn(page);
    await expect.poll(() => app.shownClaim()).toBe(keys[1]);
    await expect.poll(listWidth).toBe(String(before + 4));
  }, 120_000);

  it('keeps the claim shown in the list as J moves past the screen, and the filter over a page change', async () => {
    const { page } = app;
    await page.goto(`${app.appUrl}#/inbox`);
    const rows = page.locator('.virtual-row');
    await rows.first().click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    // Further down than the list shows at 1366×768.
    for (let n = 0; n < 25; n += 1) await page.keyboard.press('j');
    const inList = async () => {
      const key = await app.shownClaim();
      const row = page.locator(`.virtual-row[data-row-key="${key ?? ''}"]`);
      if ((await row.count()) === 0) return false;
      const [box, view] = [
        await row.boundingBox(),
        await page.locator('.virtual-rows-body').boundingBox(),
      ];
      return (
        box !== null &&
        view !== null &&
        box.y >= view.y - 1 &&
        box.y + box.height <= view.y + view.height + 1
      );
    };
    await expect.poll(inList).toBe(true);

    await page.getByText('全部', { exact: true }).click();
    await expect.poll(inList).toBe(true);
    const left = await app.shownClaim();
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).waitFor();
    await page.getByRole('menuitem', { name: '待审核' }).click();
    // Back to the claim left, in the list's view.
    await expect.poll(() => app.shownClaim()).toBe(left);
    await expect.poll(() => page.getByRole('radio', { name: '全部' }).isChecked()).toBe(true);
    await expect.poll(inList).toBe(true);
    await page.getByText('未审', { exact: true }).click();
  }, 120_000);

  it('refuses impossible hours and asks a reason for changed ones; the server gets what was credited', async () => {
    const { page } = app;
    const claim = await awaiting('application/pdf');
    await page.goto(`${app.appUrl}#/inbox/${claim.id}`);
    await expect.poll(() => app.shownClaim()).toBe(claim.id);
    const pendingBefore = await app.pendingTag().textContent();
    const hours = page.getByLabel('认定专业学时');

    await hours.fill('5000');
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByText('认定学时须为 0 到 2000 之间的数字，请改正。').waitFor();
    expect(await app.pendingTag().textContent()).toBe(pendingBefore);

    await hours.fill('12.25');
    await page.getByText('已修改，须说明原因').waitFor();
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByText('修改了认定学时，请在原因中说明。').waitFor();
    expect(await app.pendingTag().textContent()).toBe(pendingBefore);

    await page.getByLabel('审核意见').fill('培训证明只写明 12.25 学时');
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await expect.poll(() => app.shownClaim()).not.toBe(claim.id);

    await page.goto(`${app.appUrl}#/sync`);
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => app.pendingTag().textContent(), { timeout: 60_000 }).toContain('0 条');
    const credited = (await app.held()).claims.find((c) => c.id === claim.id);
    expect(credited?.status).toBe('unit_approved');
    // Rounded to one decimal, half up, as every hour figure is.
    expect(credited?.creditedHours?.professional).toBe(12.3);
  }, 120_000);
});
