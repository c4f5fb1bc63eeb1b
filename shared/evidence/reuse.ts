import type { Category } from '../contract/index.ts';
import { evidenceReused } from '../rules/findings.ts';
import { categoryLabels } from '../rules/labels.ts';
import { hammingDistance } from './image-hash.ts';
import type { EvidenceFields, EvidenceFinding } from './types.ts';

/** One attachment of one claim, as the reuse check needs it. */
export interface EvidenceUse {
  readonly claimId: string;
  readonly staffId: string;
  readonly staffName: string;
  readonly category: Category;
  readonly year: number;
  readonly sha256: string;
  /** The first page's difference hash; null where no image was rendered (a text-layer PDF). */
  readonly imageHash: string | null;
  /** What identifies the certificate by its content (see certificateKey); null if too little was read. */
  readonly certificateKey: string | null;
}

/** A rescan differs from its original by noise and a slight turn: a few bits of the 64. */
export const rescanDistance = 10;

/**
 * The certificate by what it says: its holder and its number, or its holder, period and hours.
 * Two certificates from one template differ here even where their images look alike.
 */
export function certificateKey(fields: EvidenceFields): string | null {
  const name = fields.name?.value;
  if (name === undefined) return null;
  if (fields.certificateNo !== null) return `${name}|${fields.certificateNo.value}`;
  if (fields.startDate === null) return null;
  return `${name}|${fields.startDate.value}|${fields.endDate?.value ?? ''}|${String(fields.hours?.value ?? '')}`;
}

/** Whether two uses of one certificate are a reuse: another person, category or year. */
const isReuse = (a: EvidenceUse, b: EvidenceUse) =>
  a.claimId !== b.claimId &&
  (a.staffId !== b.staffId || a.category !== b.category || a.year !== b.year);

/** Same bytes, or a rescan: the same content key and (where both were rendered) a close image. */
const isSameCertificate = (a: EvidenceUse, b: EvidenceUse) =>
  a.sha256 === b.sha256 ||
  (a.certificateKey !== null &&
    a.certificateKey === b.certificateKey &&
    (a.imageHash === null ||
      b.imageHash === null ||
      hammingDistance(a.imageHash, b.imageHash) <= rescanDistance));

function groupBy(uses: readonly EvidenceUse[], key: (use: EvidenceUse) => string | null) {
  const groups = new Map<string, EvidenceUse[]>();
  for (const use of uses) {
    const k = key(use);
    if (k === null) continue;
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [use]);
    else group.push(use);
  }
  return groups.values();
}

/**
 * EVIDENCE_REUSED for every claim whose evidence another claim also uses, naming the others.
 * Grouping by hash and by content key first keeps the work near linear for a unit's 100,000.
 */
export function findReuse(uses: readonly EvidenceUse[]): Map<string, EvidenceFinding> {
  const others = new Map<string, Map<string, EvidenceUse>>();
  const link = (a: EvidenceUse, b: EvidenceUse) => {
    const seen = others.get(a.claimId) ?? new Map<string, EvidenceUse>();
    seen.set(b.claimId, b);
    others.set(a.claimId, seen);
  };
  const groups = [...groupBy(uses, (u) => u.sha256), ...groupBy(uses, (u) => u.certificateKey)];
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const a of group) {
      for (const b of group) if (isReuse(a, b) && isSameCertificate(a, b)) link(a, b);
    }
  }
  const findings = new Map<string, EvidenceFinding>();
  for (const [claimId, related] of others) {
    const list = [...related.values()].sort((a, b) => a.claimId.localeCompare(b.claimId));
    const names = list.map(
      (u) => `申报 ${u.claimId}（${u.staffName}，${u.year} 年度，${categoryLabels[u.category]}）`,
    );
    findings.set(claimId, {
      ...evidenceReused(names),
      relatedClaimIds: list.map((u) => u.claimId),
    });
  }
  return findings;
}
