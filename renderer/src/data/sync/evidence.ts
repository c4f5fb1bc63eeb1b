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

/** A file brought from the platform and checked against the claim, not yet kept. */
export interface DownloadedEvidence {
  readonly claimId: string;
  readonly attachment: Attachment;
  readonly bytes: Uint8Array;
}

/** Brings one file of a claim from the platform, when its size and sha256 match the claim's. */
export async function downloadEvidence(
  client: ApiClient,
  retry: RetryOptions,
  claimId: string,
  attachment: Attachment,
): Promise<Result<DownloadedEvidence, EvidenceFailure>> {
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
  return ok({ claimId, attachment, bytes });
}

const notStored = (reason: unknown): EvidenceFailure => ({
  kind: 'not-stored',
  message: `证明材料未能保存到本机（${String(reason)}）。请检查磁盘空间，下次同步时会重新下载。`,
});

/**
 * Keeps downloaded files on this machine: each record with its file, all in one write (one
 * IndexedDB transaction, so a full disk keeps none of them rather than records without files).
 * The answers are in the order of `files`.
 */
export async function keepEvidence(
  db: ReviewerDatabase,
  files: readonly DownloadedEvidence[],
): Promise<Result<KeptEvidence, EvidenceFailure>[]> {
  const fetchedAt = new Date().toISOString();
  const docs = files.map(({ claimId, attachment, bytes }) => ({
    id: attachment.id,
    claimId,
    size: attachment.size,
    fetchedAt,
    sha256: attachment.sha256,
    mimeType: attachment.mimeType,
    // RxDB's stored form of an attachment; its digest is the file's sha256, as putAttachment
    // would compute it, so it is not hashed a second time.
    _attachments: {
      file: {
        type: attachment.mimeType,
        data: new Blob([bytes.slice().buffer], { type: attachment.mimeType }),
        digest: attachment.sha256,
        length: attachment.size,
      },
    },
  }));
  const records = docs.map(({ id, claimId, size }): KeptEvidence => ({
    id,
    claimId,
    size,
    fetchedAt,
  }));
  try {
    const written = await db.evidence.bulkUpsert(docs);
    const failed = new Map(written.error.map((e) => [e.documentId, e]));
    return records.map((record) =>
      failed.has(record.id) ? err(notStored(failed.get(record.id)?.status)) : ok(record),
    );
  } catch (error) {
    return records.map(() => err(notStored(error)));
  }
}

/** Brings one file of a claim onto this machine and keeps it (see the two steps above). */
export async function fetchOneEvidence(
  db: ReviewerDatabase,
  client: ApiClient,
  retry: RetryOptions,
  claimId: string,
  attachment: Attachment,
): Promise<Result<KeptEvidence, EvidenceFailure>> {
  const downloaded = await downloadEvidence(client, retry, claimId, attachment);
  if (!downloaded.ok) return downloaded;
  const [kept] = await keepEvidence(db, [downloaded.value]);
  return kept ?? err(notStored('no answer'));
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
