import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attachment } from '#shared/contract/index.ts';
import { evidenceCheckUnfinished, evidenceNameMismatch } from '#shared/rules/findings.ts';
import { fakeClaim, fakeStaff } from '#shared/sheets/test-data.ts';
import type { EvidenceChecker } from '../../evidence-check/evidence-checker.ts';
import { unfinishedResult } from '../../evidence-check/read-evidence.ts';
import { closeReviewerDatabase, type ReviewerDatabase } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createBackgroundCheck } from './background-check.ts';
import { readKeptChecks } from './kept-checks.ts';

const attachment: Attachment = {
  id: 'a-1',
  fileName: '培训合格证.png',
  mimeType: 'image/png',
  size: 3,
  sha256: 'f'.repeat(64),
};
const staff = fakeStaff(1);
const claim = fakeClaim(1, staff.id, { status: 'submitted', attachments: [attachment] });

let opened: ReviewerDatabase | undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  if (opened !== undefined) await closeReviewerDatabase(opened);
  opened = undefined;
});

/** A unit of one pending claim whose file is on this machine. */
async function withFileHere() {
  const db = await openTestDatabase();
  opened = db;
  const doc = await db.evidence.upsert({
    id: attachment.id,
    claimId: claim.id,
    size: attachment.size,
    fetchedAt: '2025-07-01T00:00:00.000Z',
    sha256: attachment.sha256,
    mimeType: attachment.mimeType,
  });
  await doc.putAttachment({
    id: 'file',
    data: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
    type: 'image/png',
  });
  return db;
}

describe('createBackgroundCheck', () => {
  it('shows a check that broke as unfinished, and keeps it only until the next sign-in', async () => {
    const db = await withFileHere();
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: EvidenceChecker = {
      check: () => Promise.reject(new Error('证明材料识别超过 180 秒仍未完成')),
    };
    const check = createBackgroundCheck({
      db,
      checker: broken,
      claimOf: (id) => (id === claim.id ? { claim, staff } : undefined),
      pendingInOrder: () => [claim.id],
    });
    await check.start();
    const view = await firstValueFrom(
      check.watch(claim.id).pipe(filter((shown) => shown.status === 'done')),
    );
    expect(view.findings).toEqual([evidenceCheckUnfinished()]);
    expect(check.hasFinding(claim.id)).toBe(true);
    expect([...(await readKeptChecks(db)).keys()]).toEqual([]);
    // Said in the console with the cause, for whoever looks into it.
    expect(said.mock.calls).toEqual([
      [
        'evidence check failed',
        claim.id,
        attachment.id,
        new Error('证明材料识别超过 180 秒仍未完成'),
      ],
    ]);
  });

  it('lists the claims it found something on, for the inbox filter, as one map while nothing changes', async () => {
    const db = await withFileHere();
    const otherName: EvidenceChecker = {
      check: () =>
        Promise.resolve({
          ...unfinishedResult(),
          findings: [evidenceNameMismatch('王伟', staff.name)],
        }),
    };
    const check = createBackgroundCheck({
      db,
      checker: otherName,
      claimOf: (id) => (id === claim.id ? { claim, staff } : undefined),
      pendingInOrder: () => [claim.id],
    });
    expect(check.flagged()).toEqual(new Map());
    const before = check.version();
    await check.start();
    // Bulk approve works its candidates out again at 确认通过 whenever the version moved.
    expect(check.version()).toBeGreaterThan(before);
    const flagged = check.flagged();
    expect(flagged).toEqual(new Map([[claim.id, ['EVIDENCE_NAME_MISMATCH']]]));
    // Asked again after more work that found nothing new: the same map, so the inbox keeps its rows.
    check.checkNow(claim.id);
    check.arrived(claim.id);
    await check.start();
    expect(check.flagged()).toBe(flagged);
  });
});
