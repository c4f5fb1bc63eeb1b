import type { Claim, Staff } from '../../shared/contract/index.ts';
import {
  certificateKey,
  checkEvidence,
  findReuse,
  type EvidenceFinding,
  type EvidenceUse,
} from '../../shared/evidence/index.ts';
import type { Database } from '../../provincial-api/db/database.ts';
import type { EvidenceTruth, Mismatch } from '../../provincial-api/seed/evidence.ts';
import {
  readEvidence,
  type EvidencePlatform,
  type EvidenceReading,
} from '../../renderer/src/evidence-check/read-evidence.ts';

/**
 * Runs the evidence check over every claim of a seeded unit, as the app would (each file read
 * once, each claim compared, reuse across the unit), and scores it against the seed's truth.
 */

export interface Score {
  readonly found: number;
  readonly of: number;
}

export interface Measurement {
  readonly recall: Record<Mismatch | 'reuse', Score>;
  readonly falseAlarms: Score;
  readonly readings: {
    readonly textLayer: number;
    readonly ocr: number;
    readonly ocrSeconds: number[];
  };
  /** Claims the check got wrong, for the failure message. */
  readonly misses: readonly string[];
}

const codeOf: Record<Mismatch, EvidenceFinding['code']> = {
  name: 'EVIDENCE_NAME_MISMATCH',
  hours: 'EVIDENCE_HOURS_MISMATCH',
  date: 'EVIDENCE_DATE_MISMATCH',
};

export async function measureUnit(
  db: Database,
  unitId: string,
  truth: readonly EvidenceTruth[],
  platform: EvidencePlatform,
): Promise<Measurement> {
  const claims = new Map(
    (await db.query<{ doc: Claim }>('SELECT doc FROM claims WHERE unit_id = $1', [unitId])).map(
      (row) => [row.doc.id, row.doc],
    ),
  );
  const staff = new Map(
    (await db.query<{ doc: Staff }>('SELECT doc FROM staff WHERE unit_id = $1', [unitId])).map(
      (row) => [row.doc.id, row.doc],
    ),
  );
  const readings = new Map<string, EvidenceReading>();
  const ocrSeconds: number[] = [];
  let textLayer = 0;
  const findings = new Map<string, EvidenceFinding[]>();
  const uses: EvidenceUse[] = [];
  for (const { claimId } of truth) {
    const claim = claims.get(claimId);
    const holder = claim === undefined ? undefined : staff.get(claim.staffId);
    if (claim === undefined || holder === undefined) throw new Error(`seed truth names ${claimId}`);
    const list: EvidenceFinding[] = [];
    for (const attachment of claim.attachments) {
      let reading = readings.get(attachment.sha256);
      if (reading === undefined) {
        const [row] = await db.query<{ bytes: Uint8Array }>(
          'SELECT bytes FROM blobs WHERE sha256 = $1',
          [attachment.sha256],
        );
        if (row === undefined) throw new Error(`no blob for ${attachment.sha256}`);
        const started = performance.now();
        reading = await readEvidence(platform, row.bytes, attachment.mimeType);
        if (reading.read.source === 'ocr') ocrSeconds.push((performance.now() - started) / 1000);
        else textLayer++;
        readings.set(attachment.sha256, reading);
      }
      const check = checkEvidence(reading.read, claim, holder);
      list.push(...check.findings);
      uses.push({
        claimId,
        staffId: claim.staffId,
        staffName: holder.name,
        category: claim.category,
        year: claim.year,
        sha256: attachment.sha256,
        imageHash: reading.imageHash,
        certificateKey: certificateKey(check.fields),
      });
    }
    findings.set(claimId, list);
  }
  const reuse = findReuse(uses);
  for (const [claimId, finding] of reuse) findings.get(claimId)?.push(finding);

  const misses: string[] = [];
  const recallOf = (kind: Mismatch | 'reuse') => {
    const positives = truth.filter((t) =>
      kind === 'reuse' ? t.reusedWith.length > 0 : t.mismatches.includes(kind),
    );
    const code = kind === 'reuse' ? 'EVIDENCE_REUSED' : codeOf[kind];
    const hits = positives.filter((t) => findings.get(t.claimId)?.some((f) => f.code === code));
    for (const t of positives) if (!hits.includes(t)) misses.push(`${t.claimId} missed ${kind}`);
    return { found: hits.length, of: positives.length };
  };
  const clean = truth.filter((t) => t.mismatches.length === 0 && t.reusedWith.length === 0);
  const alarmed = clean.filter((t) => (findings.get(t.claimId) ?? []).length > 0);
  for (const t of alarmed) {
    misses.push(
      `${t.claimId} false ${(findings.get(t.claimId) ?? []).map((f) => f.code).join(',')}`,
    );
  }
  return {
    recall: {
      name: recallOf('name'),
      hours: recallOf('hours'),
      date: recallOf('date'),
      reuse: recallOf('reuse'),
    },
    falseAlarms: { found: alarmed.length, of: clean.length },
    readings: { textLayer, ocr: ocrSeconds.length, ocrSeconds },
    misses,
  };
}

export const percent = (score: Score) =>
  score.of === 0 ? 'n/a' : `${((100 * score.found) / score.of).toFixed(1)} %`;
