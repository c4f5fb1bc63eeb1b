import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { withRetry, type RetryOptions } from './with-retry.ts';

/** The contract's limit for one evidence file. */
export const maxEvidenceBytes = 20 * 1024 * 1024;
const allowedTypes = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export interface EvidenceSummary {
  readonly fetched: number;
  readonly failed: number;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Brings the evidence files of pending claims onto this machine so they can be reviewed offline.
 * A file is kept only when its size and sha256 match what the claim declares.
 */
export async function fetchEvidence(
  db: ReviewerDatabase,
  client: ApiClient,
  retry: RetryOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceSummary> {
  const pending = await db.claims.find({ selector: { status: 'submitted' } }).exec();
  const wanted = pending.flatMap((claim) =>
    claim.attachments.map((attachment) => ({ claimId: claim.id, attachment })),
  );
  const present = new Set(
    (await db.evidence.find().exec()).map((doc) => `${doc.id}:${doc.sha256}`),
  );
  const missing = wanted.filter(({ attachment: a }) => !present.has(`${a.id}:${a.sha256}`));
  let fetched = 0;
  let failed = 0;
  for (const [index, { claimId, attachment }] of missing.entries()) {
    onProgress?.(index, missing.length);
    if (attachment.size > maxEvidenceBytes || !allowedTypes.has(attachment.mimeType)) {
      failed += 1;
      continue;
    }
    const answer = await withRetry(() => client.attachment(attachment.id, null), retry);
    if (!answer.ok || answer.value === 'not-modified') {
      failed += 1;
      continue;
    }
    const { bytes } = answer.value;
    if (bytes.byteLength > maxEvidenceBytes || bytes.byteLength !== attachment.size) {
      failed += 1;
      continue;
    }
    if ((await sha256Hex(bytes)) !== attachment.sha256) {
      failed += 1;
      continue;
    }
    const doc = await db.evidence.upsert({
      id: attachment.id,
      claimId,
      sha256: attachment.sha256,
      mimeType: attachment.mimeType,
      size: attachment.size,
      fetchedAt: new Date().toISOString(),
    });
    await doc.putAttachment({
      id: 'file',
      data: new Blob([bytes.slice().buffer], { type: attachment.mimeType }),
      type: attachment.mimeType,
    });
    fetched += 1;
  }
  onProgress?.(missing.length, missing.length);
  return { fetched, failed };
}

/** The locally kept file of one attachment, or null when it is not on this machine. */
export async function localEvidence(
  db: ReviewerDatabase,
  attachmentId: string,
  sha256: string,
): Promise<Blob | null> {
  const doc = await db.evidence.findOne(attachmentId).exec();
  if (doc === null || doc.sha256 !== sha256) return null;
  const file = doc.getAttachment('file');
  return file === null ? null : file.getData();
}
