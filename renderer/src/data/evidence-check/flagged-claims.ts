import type { FindingCode } from '#shared/rules/index.ts';
import type { EvidenceFlagged } from '../review/evidence-rows.ts';

interface FlaggedSource {
  /** Moves whenever a result may have changed. */
  readonly version: () => number;
  /** The claims that may have a finding: every claim with a result that found something. */
  readonly candidates: () => Iterable<string>;
  /** A claim's finding codes now (none when its results are out of date). */
  readonly codesOf: (claimId: string) => readonly FindingCode[];
}

const sameFlags = (a: EvidenceFlagged, b: EvidenceFlagged): boolean =>
  a.size === b.size &&
  [...b].every(([claimId, codes]) => {
    const before = a.get(claimId);
    return before?.length === codes.length && codes.every((code, i) => before[i] === code);
  });

/**
 * The claims with any EVIDENCE_* finding and their codes, worked out again only when the
 * version moved, and the same map while what it holds did not change: the inbox joins them to
 * its rows again only when they did.
 */
export function createFlaggedClaims(source: FlaggedSource): () => EvidenceFlagged {
  let last: { version: number; flags: EvidenceFlagged } = { version: -1, flags: new Map() };
  return () => {
    const version = source.version();
    if (last.version === version) return last.flags;
    const next = new Map<string, readonly FindingCode[]>();
    for (const claimId of new Set(source.candidates())) {
      const codes = [...new Set(source.codesOf(claimId))];
      if (codes.length > 0) next.set(claimId, codes);
    }
    last = { version, flags: sameFlags(last.flags, next) ? last.flags : next };
    return last.flags;
  };
}
