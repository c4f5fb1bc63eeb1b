import type { Attachment, Claim } from '#shared/contract/index.ts';
import type { EvidenceResult } from '../../evidence-check/read-evidence.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { EvidenceCheckDoc } from '../db/evidence-check-schema.ts';

/** Every kept check, by attachment id. */
export async function readKeptChecks(db: ReviewerDatabase): Promise<Map<string, EvidenceCheckDoc>> {
  const docs = await db.evidencechecks.find().exec();
  return new Map(docs.map((doc) => [doc.id, doc.toJSON() as EvidenceCheckDoc]));
}

export async function keepCheck(db: ReviewerDatabase, doc: EvidenceCheckDoc): Promise<void> {
  await db.evidencechecks.upsert(doc);
}

/** The kept form of one file's result, with the claim revision it was compared with. */
export const docOf = (
  claim: Claim,
  attachment: Attachment,
  result: EvidenceResult,
): EvidenceCheckDoc => ({
  id: attachment.id,
  claimId: claim.id,
  sha256: attachment.sha256,
  claimRevision: claim.revision,
  result,
  checkedAt: new Date().toISOString(),
});

/** Whether a kept result is for this file of the claim as it is now. */
export const isCurrent = (
  doc: EvidenceCheckDoc | undefined,
  claim: Claim,
  attachment: Attachment,
) => doc !== undefined && doc.sha256 === attachment.sha256 && doc.claimRevision === claim.revision;
