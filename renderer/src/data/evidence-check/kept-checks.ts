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
