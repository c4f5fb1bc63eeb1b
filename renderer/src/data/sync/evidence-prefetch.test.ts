import { afterEach, describe, expect, it } from 'vitest';
import type { Attachment } from '#shared/contract/index.ts';
import { ok } from '#shared/errors/result.ts';
import { closeReviewerDatabase, type ReviewerDatabase } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import type { ApiClient } from './api-client.ts';
import { saveEvidenceBudget } from './evidence-budget-setting.ts';
import { createEvidencePrefetch, type EvidenceNeeds } from './evidence-prefetch.ts';
import { downloadEvidence, keepEvidence, keptEvidence, localEvidence } from './evidence.ts';

let opened: ReviewerDatabase | undefined;

afterEach(async () => {
  if (opened !== undefined) await closeReviewerDatabase(opened);
  opened = undefined;
});

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Claim `c-n` with one file `f-n` of `size` bytes, served by the fake platform below. */
async function unitOf(sizes: readonly number[]) {
  const files = new Map<string, Uint8Array>();
  const pending = new Map<string, Attachment[]>();
  for (const [n, size] of sizes.entries()) {
    const bytes = new Uint8Array(size).fill(n + 1);
    files.set(`f-${n}`, bytes);
    pending.set(`c-${n}`, [
      {
        id: `f-${n}`,
        fileName: `证明${n}.pdf`,
        mimeType: 'application/pdf',
        size,
        sha256: await sha256Hex(bytes),
      },
    ]);
  }
  const asked: string[] = [];
  const client = {
    attachment: (id: string) => {
      asked.push(id);
      const bytes = files.get(id);
      return Promise.resolve(
        bytes === undefined
          ? { ok: false as const, error: { kind: 'http' as const, status: 404 } }
          : ok({ bytes, etag: null }),
      );
    },
  } as unknown as ApiClient;
  const db = await openTestDatabase();
  opened = db;
  return { db, client, pending, asked };
}

const noRetry = { maxAttempts: 1, sleep: () => Promise.resolve() };
const rows = (...ids: string[]) => ids.map((key) => ({ key }));

/** One file at a time, so the order the platform is asked in is the prefetch's own. */
const inTurn = (
  unit: Awaited<ReturnType<typeof unitOf>>,
  needs: () => EvidenceNeeds,
): ReturnType<typeof createEvidencePrefetch> =>
  createEvidencePrefetch({
    db: unit.db,
    client: unit.client,
    retry: noRetry,
    needs,
    concurrency: 1,
  });

describe('evidence prefetch', () => {
  it('fetches in the inbox order from the claim on the screen, then the rest', async () => {
    const unit = await unitOf([10, 10, 10, 10]);
    const { pending, asked } = unit;
    const prefetch = inTurn(unit, () => ({ pending, isWaiting: () => false }));
    prefetch.prioritize(rows('c-3', 'c-1', 'c-0'), 1);
    await prefetch.start();
    expect({ asked, state: prefetch.state$.value }).toEqual({
      asked: ['f-1', 'f-0', 'f-3', 'f-2'],
      state: {
        phase: 'done',
        fetched: 4,
        total: 4,
        refused: 0,
        bytes: 40,
        budget: 2 * 1024 ** 3,
        problem: null,
      },
    });
  });

  it('keeps to the budget: settled claims make room, and it stops when only needed files are left', async () => {
    const unit = await unitOf([40, 40, 40, 40]);
    const { db, pending, asked } = unit;
    await saveEvidenceBudget(db, 100);
    let needs: EvidenceNeeds = { pending, isWaiting: () => false };
    const prefetch = inTurn(unit, () => needs);
    prefetch.prioritize(rows('c-0', 'c-1', 'c-2', 'c-3'), 0);
    await prefetch.start();
    expect({
      asked: [...asked],
      phase: prefetch.state$.value.phase,
      bytes: prefetch.state$.value.bytes,
    }).toEqual({
      asked: ['f-0', 'f-1'],
      phase: 'full',
      bytes: 80,
    });
    // c-0 was decided and synced: its file makes room for the next.
    needs = {
      pending: new Map([...pending].filter(([id]) => id !== 'c-0')),
      isWaiting: () => false,
    };
    await prefetch.start();
    expect({
      asked,
      kept: [...(await keptEvidence(db)).values()].map((file) => file.id).sort(),
    }).toEqual({ asked: ['f-0', 'f-1', 'f-2'], kept: ['f-1', 'f-2'] });
  });

  it('frees room at once when the budget is lowered, counting the files an earlier session kept', async () => {
    const unit = await unitOf([40, 40, 40]);
    const { db, client, pending } = unit;
    // Kept by an earlier session.
    for (const [claimId, [attachment]] of pending) {
      if (attachment === undefined) continue;
      const downloaded = await downloadEvidence(client, noRetry, claimId, attachment);
      if (downloaded.ok) await keepEvidence(db, [downloaded.value]);
    }
    // This sign-in: c-0 was decided and synced meanwhile; the reviewer lowers the budget.
    const settled = new Map([...pending].filter(([id]) => id !== 'c-0'));
    const next = inTurn(unit, () => ({ pending: settled, isWaiting: () => false }));
    await saveEvidenceBudget(db, 100);
    await expect
      .poll(async () => [...(await keptEvidence(db)).values()].map((file) => file.id).sort())
      .toEqual(['f-1', 'f-2']);
    expect(next.state$.value.bytes).toBe(80);
  });

  it('fetches a file again next time when this machine could not store it', async () => {
    const { db, client, pending } = await unitOf([10]);
    const needs: EvidenceNeeds = { pending, isWaiting: () => false };
    // The disk is full: the write of the records with their files fails as a whole.
    const bulkUpsert = db.evidence.bulkUpsert.bind(db.evidence);
    db.evidence.bulkUpsert = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const prefetch = createEvidencePrefetch({ db, client, retry: noRetry, needs: () => needs });
    await prefetch.start();
    const sha256 = pending.get('c-0')?.[0]?.sha256 ?? '';
    expect({
      phase: prefetch.state$.value.phase,
      file: await localEvidence(db, 'f-0', sha256),
      records: await db.evidence.count().exec(),
    }).toEqual({ phase: 'stopped', file: null, records: 0 });

    db.evidence.bulkUpsert = bulkUpsert;
    await prefetch.start();
    expect({
      phase: prefetch.state$.value.phase,
      isKept: (await localEvidence(db, 'f-0', sha256)) !== null,
    }).toEqual({
      phase: 'done',
      isKept: true,
    });
  });

  it('fetches one claim’s file at once when asked (下载证明材料)', async () => {
    const { db, client, pending, asked } = await unitOf([10, 10]);
    const prefetch = createEvidencePrefetch({
      db,
      client,
      retry: noRetry,
      needs: () => ({ pending, isWaiting: () => false }),
    });
    const arrived: string[] = [];
    prefetch.arrived$.subscribe((id) => arrived.push(id));
    expect(await prefetch.fetchNow('c-1', pending.get('c-1') ?? [])).toEqual({
      ok: true,
      value: undefined,
    });
    expect({ asked, arrived }).toEqual({ asked: ['f-1'], arrived: ['f-1'] });
  });
});
