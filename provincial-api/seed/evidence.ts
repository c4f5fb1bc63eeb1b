import { createHash } from 'node:crypto';
import type { Claim, Staff } from '../../shared/contract/index.ts';
import {
  drawCertificate,
  drawDispatch,
  drawNotice,
  layoutNames,
  type CertificateFacts,
  type Drawing,
  type LayoutName,
} from './certificate-layouts.ts';
import type { AttachmentRow } from './claims.ts';
import { textPdf } from './pdf-writer.ts';
import type { Random } from './random.ts';
import { falsified, honestFacts, mismatchesOf, type Mismatch } from './certificate-facts.ts';

export type { Mismatch } from './certificate-facts.ts';
import { scanOf, type EvidenceKind, type MadeFile } from './files.ts';

/**
 * Realistic evidence for the seeded claims, and the truth about it. Each claim's first file is a
 * certificate stating its holder, course, period and hours; a known share names someone else,
 * gives fewer hours or other dates; some certificates are attached again to another person's
 * claim (same bytes) or rescanned for one; a second file is the unit's dispatch letter. Tests
 * read the truth through `SeedOptions.onEvidence`; the contract never shows it.
 */

export interface EvidenceTruth {
  readonly claimId: string;
  readonly staffId: string;
  /** How the certificate disagrees with the claim, judged from what it prints. */
  readonly mismatches: readonly Mismatch[];
  /** Other claims carrying the same certificate (same bytes or a rescan) that make it a reuse. */
  readonly reusedWith: readonly string[];
  /** The certificate's file, then any other. */
  readonly files: readonly {
    attachmentId: string;
    sha256: string;
    kind: EvidenceKind;
    layout: LayoutName | 'dispatch' | 'notice';
  }[];
}

export interface SeededEvidence {
  readonly claims: Omit<Claim, 'updatedAt'>[];
  readonly attachments: AttachmentRow[];
  readonly blobs: ReadonlyMap<string, Buffer>;
  readonly truth: EvidenceTruth[];
}

/** Shares of claims with evidence whose certificate disagrees, each kind apart. */
const mismatchShare = 0.05;
/** Shares of certificates attached again: the same file, or a rescan of the same paper. */
const reuseShare = 0.02;
const rescanShare = 0.015;
/**
 * Scans cost a drawing and an encoding each (a tenth of a second or more): one in fifty claims
 * with evidence, at most this many a unit, a third of them kept for rescans.
 */
const maxScansPerUnit = 24;
/** Beyond this many claims a unit's later claims carry a course notice shared by title (see docs). */
const certificatesPerUnit = 5_000;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Certificate {
  readonly facts: CertificateFacts;
  readonly layout: LayoutName;
  readonly drawing: Drawing;
  readonly file: MadeFile;
  /** The claim the certificate was made for. */
  readonly ownerClaimId: string;
}

/** Whether one certificate on two claims is a reuse: another person, category or year. */
const isReuse = (a: Omit<Claim, 'updatedAt'>, b: Omit<Claim, 'updatedAt'>) =>
  a.id !== b.id && (a.staffId !== b.staffId || a.category !== b.category || a.year !== b.year);

export async function certifyEvidence(
  r: Random,
  claims: readonly Omit<Claim, 'updatedAt'>[],
  attachments: readonly AttachmentRow[],
  staff: readonly Omit<Staff, 'updatedAt'>[],
): Promise<SeededEvidence> {
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const rowsOf = new Map<string, AttachmentRow[]>();
  for (const row of attachments) rowsOf.set(row.ownerId, [...(rowsOf.get(row.ownerId) ?? []), row]);
  const withEvidence = claims.filter((c) => (rowsOf.get(c.id) ?? []).length > 0);
  const scans = Math.min(maxScansPerUnit, Math.max(3, Math.ceil(withEvidence.length / 50)));
  const rescans = { left: Math.floor(scans / 3) };
  // Scans go to claims that wait for the reviewer first, spread over the unit.
  const waiting = withEvidence.filter((c) => c.status === 'submitted');
  const scanOrder = [...waiting, ...withEvidence.filter((c) => c.status !== 'submitted')];
  const primary = scans - rescans.left;
  const step = Math.max(1, Math.floor(scanOrder.length / primary));
  const scanned = new Set(
    scanOrder
      .filter((_, i) => i % step === 0)
      .slice(0, primary)
      .map((c) => c.id),
  );
  let scanCount = 0;
  const file = async (drawing: Drawing, wantsScan: boolean): Promise<MadeFile> =>
    wantsScan ? scanOf(drawing, r, scanCount++) : { bytes: textPdf(drawing), kind: 'text_pdf' };

  // Each claim's own certificate, a known share falsified.
  const certificateOf = new Map<string, Certificate>();
  const notices = new Map<string, MadeFile>();
  for (const [index, claim] of withEvidence.entries()) {
    const holder = staffById.get(claim.staffId);
    if (holder === undefined) continue;
    if (index >= certificatesPerUnit) {
      const notice = notices.get(claim.title) ?? {
        bytes: textPdf(drawNotice(claim.title, claim.organizer ?? '单位人事部门')),
        kind: 'notice_pdf' as const,
      };
      notices.set(claim.title, notice);
      continue;
    }
    let facts = honestFacts(r, claim, holder);
    const roll = r.next();
    if (roll < mismatchShare)
      facts = falsified(r, facts, 'name', [r.pick(staff), r.pick(staff), r.pick(staff)]);
    else if (roll < 2 * mismatchShare && facts.hours !== undefined && facts.hours >= 2)
      facts = falsified(r, facts, 'hours', []);
    else if (roll < 3 * mismatchShare) facts = falsified(r, facts, 'date', []);
    const layout = r.pick(layoutNames);
    const drawing = drawCertificate(layout, facts);
    certificateOf.set(claim.id, {
      facts,
      layout,
      drawing,
      file: await file(drawing, scanned.has(claim.id)),
      ownerClaimId: claim.id,
    });
  }

  // Some certificates handed in again: to another person's claim, or one's own of another year or category.
  const owned = [...certificateOf.values()];
  for (const claim of withEvidence.slice(0, certificatesPerUnit)) {
    const roll = r.next();
    if (roll >= reuseShare + rescanShare || owned.length < 2) continue;
    const source = r.pick(owned);
    const sourceClaim = claimById.get(source.ownerClaimId);
    if (
      sourceClaim === undefined ||
      !isReuse(sourceClaim, claim) ||
      source.ownerClaimId === claim.id
    )
      continue;
    const isRescan = roll >= reuseShare && rescans.left > 0;
    if (isRescan) rescans.left--;
    certificateOf.set(claim.id, {
      ...source,
      file: isRescan ? await file(source.drawing, true) : source.file,
    });
  }

  // Which claims share a certificate (by its drawing) and make it a reuse.
  const sharing = new Map<Drawing, string[]>();
  for (const [claimId, certificate] of certificateOf)
    sharing.set(certificate.drawing, [...(sharing.get(certificate.drawing) ?? []), claimId]);

  const blobs = new Map<string, Buffer>();
  const store = (bytes: Buffer) => {
    const hash = sha256(bytes);
    blobs.set(hash, bytes);
    return hash;
  };
  const newRows: AttachmentRow[] = [];
  const truth: EvidenceTruth[] = [];
  const newClaims = claims.map((claim) => {
    const rows = rowsOf.get(claim.id) ?? [];
    const holder = staffById.get(claim.staffId);
    if (rows.length === 0 || holder === undefined) return claim;
    const certificate = certificateOf.get(claim.id);
    const first = certificate?.file ?? notices.get(claim.title);
    if (first === undefined) return claim;
    const claimRows: AttachmentRow[] = [];
    const files = rows.map((row, n) => {
      const made =
        n === 0 || certificate === undefined
          ? first
          : {
              bytes: textPdf(
                claim.startDate === undefined
                  ? drawCertificate('letter', certificate.facts)
                  : drawDispatch(honestFacts(r, claim, holder)),
              ),
              kind: 'text_pdf' as const,
            };
      const extension =
        made.kind === 'scan_jpeg' ? 'jpg' : made.kind === 'scan_png' ? 'png' : 'pdf';
      const mimeType =
        extension === 'jpg' ? 'image/jpeg' : extension === 'png' ? 'image/png' : 'application/pdf';
      const hash = store(made.bytes);
      const layout =
        n > 0
          ? claim.startDate === undefined
            ? 'letter'
            : 'dispatch'
          : (certificate?.layout ?? 'notice');
      claimRows.push({
        ...row,
        fileName: `${n === 0 ? '证书' : '证明'}${String(n + 1)}.${extension}`,
        mimeType,
        size: made.bytes.length,
        sha256: hash,
      });
      return { attachmentId: row.id, sha256: hash, kind: made.kind, layout } as const;
    });
    if (certificate !== undefined) {
      const reusedWith = (sharing.get(certificate.drawing) ?? []).filter((id) => {
        const other = claimById.get(id);
        return other !== undefined && isReuse(claim, other);
      });
      truth.push({
        claimId: claim.id,
        staffId: claim.staffId,
        mismatches: mismatchesOf(certificate.facts, claim, holder),
        reusedWith,
        files,
      });
    }
    newRows.push(...claimRows);
    const byId = new Map(claimRows.map((row) => [row.id, row]));
    return {
      ...claim,
      attachments: claim.attachments.map((a) => {
        const row = byId.get(a.id);
        return row === undefined
          ? a
          : {
              ...a,
              fileName: row.fileName,
              mimeType: row.mimeType,
              size: row.size,
              sha256: row.sha256,
            };
      }),
    };
  });
  return { claims: newClaims, attachments: newRows, blobs, truth };
}
