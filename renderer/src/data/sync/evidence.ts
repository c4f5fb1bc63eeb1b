import type { Attachment } from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { callFailureMessage } from './messages.ts';
import { withRetry, type RetryOptions } from './with-retry.ts';

/** The contract's limit for one evidence file. */
export const maxEvidenceBytes = 20 * 1024 * 1024;
const allowedTypes = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export interface EvidenceSummary {
  readonly fetched: number;
  readonly failed: number;
}

/**
 * Why one file is not on this machine: the file itself is wrong (kept out for good, until the
 * claim changes), the platform could not be reached, or this machine could not store it. The
 * last two stop a round of fetching; the file is tried again in the next.
 */
export type EvidenceFailure =
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'not-stored'; readonly message: string };

/** A file kept on this machine, as the prefetch and its budget see it. */
export interface KeptEvidence {
  readonly id: string;
  readonly claimId: string;
  readonly size: number;
  readonly fetchedAt: string;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const refused = (message: string): Result<never, EvidenceFailure> =>
  err({ kind: 'refused', message });

/**
 * Brings one file of a claim onto this machine, kept only when its size and sha256 match what
 * the claim declares. The record and its file are written together; a record whose file could
 * not be written is removed again, so the file counts as missing and is fetched next time.
 */
export async function fetchOneEvidence(
  db: ReviewerDatabase,
  client: ApiClient,
  retry: RetryOptions,
  claimId: string,
  attachment: Attachment,
): Promise<Result<KeptEvidence, EvidenceFailure>> {
  if (attachment.size > maxEvidenceBytes) return refused('文件超过 20 MB，未下载。');
  if (!allowedTypes.has(attachment.mimeType)) return refused('文件类型不受支持，未下载。');
  const answer = await withRetry(() => client.attachment(attachment.id, null), retry);
  if (!answer.ok) {
    const message = callFailureMessage(answer.error);
    return answer.error.failure.kind === 'network' || answer.error.reason === 'gave-up'
      ? err({ kind: 'unreachable', message })
      : refused(message);
  }
  if (answer.value === 'not-modified') return refused('省平台未返回文件内容。');
  const { bytes } = answer.value;
  if (bytes.byteLength > maxEvidenceBytes || bytes.byteLength !== attachment.size) {
    return refused('文件大小与申报所附不一致，未保存。');
  }
  if ((await sha256Hex(bytes)) !== attachment.sha256) {
    return refused('文件内容与申报所附不一致（校验值不同），未保存。');
  }
  const kept: KeptEvidence = {
    id: attachment.id,
    claimId,
    size: attachment.size,
    fetchedAt: new Date().toISOString(),
  };
  try {
    const doc = await db.evidence.upsert({
      ...kept,
      sha256: attachment.sha256,
      mimeType: attachment.mimeType,
    });
    await doc.putAttachment({
      id: 'file',
      data: new Blob([bytes.slice().buffer], { type: attachment.mimeType }),
      type: attachment.mimeType,
    });
  } catch (error) {
    await db.evidence
      .findOne(attachment.id)
      .exec()
      .then((doc) => doc?.remove())
      .catch(() => undefined);
    return err({
      kind: 'not-stored',
      message: `证明材料未能保存到本机（${String(error)}）。请检查磁盘空间，下次同步时会重新下载。`,
    });
  }
  return ok(kept);
}

/** The files on this machine, each with its record and its file; a record without a file is not. */
export async function keptEvidence(db: ReviewerDatabase): Promise<Map<string, KeptEvidence>> {
  const docs = await db.evidence.find().exec();
  const kept = new Map<string, KeptEvidence>();
  for (const doc of docs) {
    if (doc.getAttachment('file') === null) continue;
    const { id, claimId, size, fetchedAt } = doc;
    kept.set(`${id}:${doc.sha256}`, { id, claimId, size, fetchedAt });
  }
  return kept;
}

/** Frees room: the files of these attachments leave this machine (they can be fetched again). */
export async function removeEvidence(db: ReviewerDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.evidence.bulkRemove([...ids]);
}

/**
 * Brings every missing file of the pending claims onto this machine, one after another: the sync
 * engine's own evidence step (the app fetches in the background instead, evidence-prefetch.ts).
 */
export async function fetchEvidence(
  db: ReviewerDatabase,
  client: ApiClient,
  retry: RetryOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceSummary> {
  const pending = await db.claims.find({ selector: { status: 'submitted' } }).exec();
  const present = await keptEvidence(db);
  const missing = pending.flatMap((claim) =>
    claim.attachments
      .filter((a) => !present.has(`${a.id}:${a.sha256}`))
      .map((attachment) => ({ claimId: claim.id, attachment })),
  );
  let fetched = 0;
  for (const [index, { claimId, attachment }] of missing.entries()) {
    onProgress?.(index, missing.length);
    if ((await fetchOneEvidence(db, client, retry, claimId, attachment)).ok) fetched += 1;
  }
  onProgress?.(missing.length, missing.length);
  return { fetched, failed: missing.length - fetched };
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
