import type { Claim, Staff } from '../contract/index.ts';
import {
  evidenceDateMismatch,
  evidenceHoursMismatch,
  evidenceIdMismatch,
  evidenceNameMismatch,
  evidenceUnreadable,
} from '../rules/findings.ts';
import { extractFields } from './extract.ts';
import { boxesOf, toLines, type Lines } from './lines.ts';
import type { EvidenceFields, EvidenceFinding, Found, ReadText } from './types.ts';

export interface EvidenceCheck {
  readonly fields: EvidenceFields;
  readonly findings: readonly EvidenceFinding[];
}

/** Fewer Han characters than this and the reader found nothing a reviewer could use. */
const readableMinimum = 4;

function locate(lines: Lines, needle: string): Found<string> | null {
  if (needle === '') return null;
  for (const line of lines.lines) {
    const at = line.text.indexOf(needle);
    if (at >= 0) return { value: needle, boxes: boxesOf(lines, line, at, at + needle.length) };
  }
  return null;
}

/** Characters that differ, position by position; IDs of one length only. */
function differences(a: string, b: string): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

function claimWindow(claim: Claim): { from: string; to: string; label: string } {
  if (claim.startDate !== undefined && claim.endDate !== undefined) {
    return {
      from: claim.startDate,
      to: claim.endDate,
      label: `学习日期（${claim.startDate} 至 ${claim.endDate}）`,
    };
  }
  return {
    from: `${claim.year}-01-01`,
    to: `${claim.year}-12-31`,
    label: `年度（${claim.year} 年）`,
  };
}

function dateFinding(fields: EvidenceFields, claim: Claim): EvidenceFinding | undefined {
  const { startDate, endDate } = fields;
  if (startDate === null || endDate === null) return undefined;
  const window = claimWindow(claim);
  const inside = (iso: string) => iso >= window.from && iso <= window.to;
  if (startDate.value !== endDate.value) {
    // A printed period must lie within the claimed one.
    if (inside(startDate.value) && inside(endDate.value)) return undefined;
    return evidenceDateMismatch(`${startDate.value} 至 ${endDate.value}`, window.label);
  }
  // A single date may be the issue date rather than the course's: one date inside is enough.
  if (fields.dates.some((date) => inside(date.value))) return undefined;
  return evidenceDateMismatch(startDate.value, window.label);
}

/**
 * Compares what the certificate states with the claim and the claimant. Where the claimant's
 * own name appears anywhere in the text it is taken as theirs (and shown where it stands);
 * otherwise a name the certificate gives is someone else's.
 */
export function checkEvidence(read: ReadText, claim: Claim, staff: Staff): EvidenceCheck {
  const lines = toLines(read.items);
  const extracted = extractFields(read);
  const readable = lines.lines.reduce(
    (n, line) => n + (line.text.match(/\p{Script=Han}/gu)?.length ?? 0),
    0,
  );
  if (readable < readableMinimum) {
    return { fields: extracted, findings: [evidenceUnreadable()] };
  }
  const ownName = locate(lines, staff.name);
  const fields: EvidenceFields = { ...extracted, name: ownName ?? extracted.name };
  const findings: EvidenceFinding[] = [];
  if (ownName === null && extracted.name !== null && extracted.name.value !== staff.name) {
    findings.push(evidenceNameMismatch(extracted.name.value, staff.name));
  } else if (
    fields.idNumber !== null &&
    staff.idNumber !== '' &&
    differences(fields.idNumber.value, staff.idNumber.toUpperCase()) > 2
  ) {
    // Two misread digits are OCR; more is another person's number.
    findings.push(evidenceIdMismatch(fields.idNumber.value));
  }
  if (fields.hours !== null && fields.hours.value + 0.05 < claim.claimedHours) {
    findings.push(evidenceHoursMismatch(fields.hours.value, claim.claimedHours));
  }
  const dates = dateFinding(fields, claim);
  if (dates !== undefined) findings.push(dates);
  return { fields, findings };
}
