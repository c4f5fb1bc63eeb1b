import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Staff } from '../../shared/contract/index.ts';
import type { Database } from '../../provincial-api/db/database.ts';
import { drawCertificate } from '../../provincial-api/seed/certificate-layouts.ts';
import { createRandom } from '../../provincial-api/seed/random.ts';
import { scanFile } from '../../provincial-api/seed/scan.ts';
import { certificateFacts } from '../integration/evidence-fixtures.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';

/**
 * OCR inside the app: a photographed certificate (a PNG scan, no text to take) in another
 * person's name, read by the evidence worker in the built renderer under the app's CSP. The
 * worker's OCR needs opencv-js without `new Function` (scripts/opencv-no-eval.ts); with one left,
 * the scan reads as nothing and the claim shows 未能识别 instead of the name.
 */
describe('OCR of a scanned certificate in the app', () => {
  let scanned: { claim: Claim; staff: Staff; printedName: string };
  const workerErrors: string[] = [];

  /**
   * Before the first pull: the first file of one pending claim becomes a PNG scan of a 培训合格证
   * for the claim's own course, dates and hours, made out to a colleague.
   */
  async function putScanInOtherName(db: Database) {
    const [row] = await db.query<{ claim: Claim; staff: Staff; other: Staff }>(
      `SELECT c.doc AS claim, s.doc AS staff, o.doc AS other
         FROM claims c JOIN staff s ON s.id = c.staff_id
         JOIN staff o ON o.unit_id = c.unit_id AND o.doc->>'name' <> s.doc->>'name'
        WHERE c.status = 'submitted' AND jsonb_array_length(c.doc->'attachments') > 0
          AND c.doc ? 'startDate' AND c.doc ? 'endDate' 
        ORDER BY c.id, o.id LIMIT 1`,
    );
    if (row === undefined) throw new Error('the seed has no pending claim with dates and hours');
    const { claim, staff, other } = row;
    const drawing = drawCertificate('card', {
      ...certificateFacts,
      name: other.name,
      idNumber: other.idNumber,
      title: claim.title,
      organizer: claim.organizer ?? certificateFacts.organizer,
      startDate: claim.startDate ?? certificateFacts.startDate,
      endDate: claim.endDate ?? certificateFacts.endDate,
      hours: claim.claimedHours,
    });
    const bytes = scanFile(drawing, createRandom(19), 'png');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await db.query('INSERT INTO blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      sha256,
      bytes,
    ]);
    await db.query(
      `UPDATE attachments SET sha256 = $2, mime_type = 'image/png', file_name = '培训合格证.png'
        WHERE id = (SELECT doc->'attachments'->0->>'id' FROM claims WHERE id = $1)`,
      [claim.id, sha256],
    );
    await db.query(
      `UPDATE claims SET doc = jsonb_set(doc, '{attachments,0}', doc->'attachments'->0 ||
          jsonb_build_object('sha256', $2::text, 'size', $3::int, 'mimeType', 'image/png',
            'fileName', '培训合格证.png'))
        WHERE id = $1`,
      [claim.id, sha256, bytes.byteLength],
    );
    scanned = { claim, staff, printedName: other.name };
  }

  const app = appForTests(() =>
    openSignedInApp({ staff: 20, claims: 80, prepare: putScanInOtherName }),
  );

  beforeAll(async () => {
    // What the evidence worker says when it breaks (a CSP refusal is an EvalError there).
    app.page.on('worker', (worker) => {
      worker.on('console', (message) => {
        if (message.type() === 'error') workerErrors.push(message.text());
      });
    });
    await app.evidenceDownloaded();
  }, 300_000);

  it('shows the name on the scan as someone else’s, with its citation, and marks it on the image', async () => {
    const { page } = app;
    const { claim, staff, printedName } = scanned;
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.getByLabel('搜索').fill(staff.name);
    await page.getByLabel('搜索').press('Enter');
    await page.locator('.virtual-row').filter({ hasText: claim.title }).first().click();
    await expect.poll(() => app.shownClaim()).toBe(claim.id);

    // The scan is the claim's first file, so its findings come first; without OCR in the worker
    // the first would say nothing could be read.
    const finding = page
      .getByRole('list', { name: '证明材料检查结果' })
      .getByRole('listitem')
      .first();
    await finding.waitFor({ timeout: 240_000 });
    expect(await finding.textContent()).toContain(
      `证明材料上的姓名是“${printedName}”，申报人是“${staff.name}”`,
    );
    expect(await finding.textContent()).toContain(
      '依据：济宁市人社局2020年度继续教育通知 四（四）1',
    );
    const evidence = page.getByRole('region', { name: '证明材料' });
    const nameMark = evidence.locator('mark.evidence-mark-problem[title^="姓名："]').first();
    await nameMark.waitFor({ timeout: 30_000 });
    expect(await nameMark.getAttribute('title')).toBe(`姓名：${printedName}`);
    const box = await nameMark.boundingBox();
    expect((box?.width ?? 0) > 4 && (box?.height ?? 0) > 4).toBe(true);
    await photograph(page, 'evidence-ocr-name-mismatch');
    expect(workerErrors).toEqual([]);
  }, 300_000);
});
