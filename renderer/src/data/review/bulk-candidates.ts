import { isDecided, type InboxItem } from './inbox-rows.ts';

/** What bulk approval asks of the evidence check: which claims it found something on. */
export interface EvidenceFlags {
  /** Changes whenever a finding may have; the candidates are worked out again then. */
  readonly version: number;
  readonly hasFinding: (claimId: string) => boolean;
}

// Per list shown and evidence version: coming back to the inbox finds the same candidates at once.
const candidatesOf = new WeakMap<
  readonly InboxItem[],
  { readonly version: number; readonly candidates: InboxItem[] }
>();

/**
 * Claims that can be approved together: the rules suggest approval and found nothing to weigh,
 * and the evidence check found nothing on their files (an EVIDENCE_* finding is a warning a
 * reviewer must look at: 001 四(四)1). The one place that says which claims bulk approval takes.
 * The check is asked itself, not only the rows' `hasWarnings`: the rows take its findings at most
 * once a second (evidence-rows.ts), and a finding of the last second must not be approved in bulk.
 */
export function bulkCandidates(items: readonly InboxItem[], evidence: EvidenceFlags): InboxItem[] {
  const known = candidatesOf.get(items);
  if (known?.version === evidence.version) return known.candidates;
  const candidates = items.filter(
    (item) =>
      item.kind === 'claim' &&
      item.suggestion === 'approve' &&
      !item.hasWarnings &&
      !isDecided(item) &&
      !evidence.hasFinding(item.key),
  );
  candidatesOf.set(items, { version: evidence.version, candidates });
  return candidates;
}
