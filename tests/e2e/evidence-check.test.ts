import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Staff } from '../../shared/contract/index.ts';
import type { EvidenceTruth } from '../../provincial-api/seed/evidence.ts';
import { createWorkingSet } from '../../renderer/src/data/review/working-set.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';
import { belowTheFold } from './screen-checks.ts';

/**
 * Issue 19 in the app: the evidence worker reads each file in the background, the claim pane
 * shows what it found with its citation, the words stand marked on the certificate, a reused
 * certificate's other claim opens from the finding, and bulk approve leaves them all out. The
 * claims are picked by the seed's truth among those the rules alone would approve in bulk, so
 * only the evidence check can keep them out.
 */
describe('the evidence check in the app against the reference server', () => {
  const app = appForTests(() => openSignedInApp());
  let nameClaim: { claim: Claim; staff: Staff };
  let reused: readonly [{ claim: Claim; staff: Staff }, { claim: Claim; staff: Staff }];
  const outside: string[] = [];

  beforeAll(async () => {
    const { db, account } = app;
    const claims = (
      await db.query<{ doc: Claim }>('SELECT doc FROM claims WHERE unit_id = $1', [account.unitId])
    ).map((row) => row.doc);
    const staff = (
      await db.query<{ doc: Staff }>('SELECT doc FROM staff WHERE unit_id = $1', [account.unitId])
    ).map((row) => row.doc);
    const set = createWorkingSet(account.rulebook);
    set.applyStaff(staff.map(({ deleted: _d, ...record }) => ({ kind: 'put', record })));
    set.applyClaims(claims.map(({ deleted: _d, ...record }) => ({ kind: 'put', record })));
    await set.evaluateStale();
    const { evaluations } = set.view();
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const staffById = new Map(staff.map((person) => [person.id, person]));
    const entry = (claimId: string) => {
      const claim = byId.get(claimId);
      const person = claim === undefined ? undefined : staffById.get(claim.staffId);
      return claim === undefined || person === undefined ? undefined : { claim, staff: person };
    };
    // What bulk approve would take, were it not for the evidence.
    const isApprovable = (claimId: string) => {
      const evaluation = evaluations.get(claimId);
      return (
        byId.get(claimId)?.status === 'submitted' &&
        evaluation?.suggestion === 'approve' &&
        !evaluation.findings.some((finding) => finding.severity !== 'info')
      );
    };
    const isTextPdf = (t: EvidenceTruth) => t.files[0]?.kind === 'text_pdf';
    const named = app.evidence.find(
      (t) =>
        t.mismatches.includes('name') &&
        t.reusedWith.length === 0 &&
        isTextPdf(t) &&
        isApprovable(t.claimId),
    );
    const pair = app.evidence.find(
      (t) =>
        t.reusedWith.length === 1 &&
        t.mismatches.length === 0 &&
        isTextPdf(t) &&
        isApprovable(t.claimId) &&
        isApprovable(t.reusedWith[0] ?? ''),
    );
    const first = entry(pair?.claimId ?? '');
    const second = entry(pair?.reusedWith[0] ?? '');
    const mismatched = entry(named?.claimId ?? '');
    if (first === undefined || second === undefined || mismatched === undefined) {
      throw new Error('the seed made no approvable name mismatch or reuse pair');
    }
    nameClaim = mismatched;
    reused = [first, second];
    // Offline but for the machine itself: the check's files come from the app's own build.
    await app.page.context().route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      async (route) => {
        outside.push(route.request().url());
        await route.abort('internetdisconnected');
      },
    );
    await app.evidenceDownloaded();
  }, 300_000);

  /** As a reviewer finds a claim: the person's name in 搜索, then the claim's row. */
  async function openClaim(page: Page, { claim, staff }: { claim: Claim; staff: Staff }) {
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.getByLabel('搜索').fill(staff.name);
    await page.getByLabel('搜索').press('Enter');
    await page.locator('.virtual-row').filter({ hasText: claim.title }).first().click();
    await expect.poll(() => app.shownClaim()).toBe(claim.id);
  }

  const findingsOf = (page: Page) => page.getByRole('list', { name: '证明材料检查结果' });

  it('shows a name mismatch with its citation, and marks the name on the certificate', async () => {
    const { page } = app;
    await openClaim(page, nameClaim);
    const finding = findingsOf(page)
      .getByRole('listitem')
      .filter({ hasText: '证明材料上的姓名是' });
    await finding.waitFor({ timeout: 120_000 });
    expect(await finding.textContent()).toContain(`申报人是“${nameClaim.staff.name}”`);
    // Seen without scrolling: the findings come before the facts in the claim pane.
    expect(await belowTheFold(finding)).toBe(false);
    expect(await finding.textContent()).toContain(
      '依据：济宁市人社局2020年度继续教育通知 四（四）1',
    );
    const evidence = page.getByRole('region', { name: '证明材料' });
    const nameMark = evidence.locator('mark.evidence-mark-problem[title^="姓名："]').first();
    await nameMark.waitFor({ timeout: 30_000 });
    const box = await nameMark.boundingBox();
    expect((box?.width ?? 0) > 4 && (box?.height ?? 0) > 4).toBe(true);
    expect(await nameMark.getAttribute('title')).not.toBe(`姓名：${nameClaim.staff.name}`);
    await photograph(page, 'evidence-name-mismatch');
  }, 180_000);

  it('names the other claim of a reused certificate and opens it from the finding', async () => {
    const { page } = app;
    const [first, second] = reused;
    await openClaim(page, first);
    const finding = findingsOf(page).getByRole('listitem').filter({ hasText: '同一份证明材料' });
    await finding.waitFor({ timeout: 120_000 });
    await photograph(page, 'evidence-reused');
    await finding.getByRole('button', { name: `打开申报 ${second.claim.id}` }).click();
    await expect.poll(() => app.shownClaim()).toBe(second.claim.id);
    const back = findingsOf(page).getByRole('button', { name: `打开申报 ${first.claim.id}` });
    await back.waitFor({ timeout: 120_000 });
    await photograph(page, 'evidence-reused-other');
  }, 240_000);

  it('finds the claims with a name mismatch through 规则提示, as any other finding', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.getByLabel('搜索').fill('');
    await page.getByLabel('搜索').press('Enter');
    const countLine = page.getByText(/^共 \d+ 条/);
    const shown = async () => Number(/\d+/.exec(await countLine.innerText())?.[0]);
    const everything = await shown();
    // Typed, as the option may stand past the list's window among the rules' findings.
    await page.getByRole('combobox', { name: '规则提示' }).click();
    await page.keyboard.type('姓名不符');
    await page.locator('.ant-select-item-option', { hasText: /^证明材料姓名不符（\d+）$/ }).click();
    try {
      // The flagged claims, the mismatched one among them; the check may still be adding some.
      const rows = page.locator('.virtual-row');
      await rows.filter({ hasText: nameClaim.staff.name }).first().waitFor();
      const flagged = await shown();
      expect(flagged > 0 && flagged < everything).toBe(true);
      await photograph(page, 'evidence-filter-name-mismatch');
    } finally {
      await page.getByRole('button', { name: '清除筛选' }).click();
    }
    await page.getByRole('button', { name: '清除筛选' }).waitFor({ state: 'detached' });
  }, 120_000);

  it('leaves every claim with an evidence finding out of bulk approve', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.getByLabel('搜索').fill('');
    await page.getByLabel('搜索').press('Enter');
    const bulk = page.getByRole('button', { name: /批量通过（\d+）/ });
    await expect
      .poll(async () => Number(/（(\d+)）/.exec((await bulk.textContent()) ?? '')?.[1] ?? '0'))
      .toBeGreaterThan(0);
    await bulk.click();
    await page.getByRole('button', { name: '确认通过' }).click();
    await page.getByRole('button', { name: '撤销本次批量通过' }).waitFor();
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => app.pendingTag().textContent(), { timeout: 60_000 }).toContain('0 条');
    const held = new Map((await app.held()).claims.map((claim) => [claim.id, claim.status]));
    const flagged = [nameClaim, ...reused].map(({ claim }) => claim.id);
    expect(flagged.map((id) => [id, held.get(id)])).toEqual(flagged.map((id) => [id, 'submitted']));
    expect(
      [...held.values()].filter((status) => status === 'unit_approved').length,
    ).toBeGreaterThan(0);
  }, 240_000);
});
