import { describe, expect, it } from 'vitest';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { hardPdfKinds, putHardPdfs, type HardPdfKind } from './hard-evidence.ts';

/**
 * The app's own evidence viewer on issue 13's hard PDFs, and a claim whose file is not on this
 * machine yet: the platform's files are out of reach at the first sign-in, so the background
 * download stops and each claim offers 下载证明材料.
 */
describe('the evidence viewer in Chromium against the reference server', () => {
  let hardClaims: Record<HardPdfKind, string>;
  const app = appForTests(() =>
    openSignedInApp({
      staff: 20,
      claims: 80,
      isEvidenceBlocked: true,
      prepare: async (db) => {
        hardClaims = await putHardPdfs(db);
      },
    }),
  );

  // Dark pixels where the certificate's title stands: 结业证书, 40 pt, centred at x 421 on a
  // baseline at y 110 of the landscape A4 page (842 pt wide), at the canvas's own scale.
  const titleInk = () =>
    app.page.getByLabel('第 1 页').evaluate((canvas: HTMLCanvasElement) => {
      const ratio = canvas.width / 842;
      const [x, y, width, height] = [330, 70, 180, 48].map((n) => Math.round(n * ratio));
      const pixels = canvas.getContext('2d')?.getImageData(x ?? 0, y ?? 0, width ?? 1, height ?? 1);
      let dark = 0;
      const data = pixels?.data ?? new Uint8ClampedArray();
      for (let p = 0; p < data.length; p += 4) {
        const isInk =
          (data[p + 3] ?? 0) > 0 && (data[p] ?? 0) + (data[p + 1] ?? 0) + (data[p + 2] ?? 0) < 330;
        if (isInk) dark += 1;
      }
      return dark;
    });

  it('says 证明材料尚未下载 and brings the file with 下载证明材料; each hard PDF shows its title', async () => {
    const { page } = app;
    await page.goto(`${app.appUrl}#/sync`);
    const download = page.getByRole('status', { name: '证明材料下载' });
    await download.getByText('下载暂停').waitFor({ timeout: 60_000 });

    const ink: Partial<Record<HardPdfKind, number>> = {};
    for (const kind of hardPdfKinds) {
      await page.goto(`${app.appUrl}#/inbox/${hardClaims[kind]}`);
      const evidence = page.getByRole('region', { name: '证明材料' });
      await evidence.getByText('证明材料尚未下载').waitFor();
      if (kind === 'stsong') {
        await photograph(page, 'claim-evidence-not-downloaded');
        await app.evidenceReachable();
      }
      await evidence.getByRole('button', { name: '下载证明材料' }).click();
      await evidence.getByLabel('第 1 页').waitFor({ timeout: 30_000 });
      // The canvas is in the page before pdf.js has drawn on it: wait for the ink.
      await expect.poll(titleInk, { timeout: 30_000 }).toBeGreaterThan(300);
      ink[kind] = await titleInk();
    }
    console.log('dark pixels where the title stands, in the app’s viewer', ink);
    expect(await page.getByText('证明材料尚未下载').count()).toBe(0);
  }, 180_000);
});
