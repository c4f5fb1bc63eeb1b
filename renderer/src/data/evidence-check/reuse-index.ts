import { findReuse, type EvidenceFinding, type EvidenceUse } from '#shared/evidence/index.ts';

/** One attachment's use of a certificate, keyed by the attachment. */
export interface KeyedUse extends EvidenceUse {
  readonly attachmentId: string;
}

function add(index: Map<string, Set<string>>, key: string | null, attachmentId: string) {
  if (key === null) return;
  const set = index.get(key) ?? new Set<string>();
  set.add(attachmentId);
  index.set(key, set);
}

/**
 * EVIDENCE_REUSED over the unit's kept results, kept current one result at a time. A new result
 * can only change the claims it is linked to by a sha256, a content key or a shared claim, so
 * findReuse runs over that group alone: a check arriving never walks the whole unit.
 */
export function createReuseIndex() {
  const uses = new Map<string, KeyedUse>();
  const bySha = new Map<string, Set<string>>();
  const byKey = new Map<string, Set<string>>();
  const byClaim = new Map<string, Set<string>>();
  const findings = new Map<string, EvidenceFinding>();

  function linked(start: string): KeyedUse[] {
    const seen = new Set([start]);
    const queue = [start];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const use = uses.get(id);
      if (use === undefined) continue;
      const near = [
        bySha.get(use.sha256),
        use.certificateKey === null ? undefined : byKey.get(use.certificateKey),
        byClaim.get(use.claimId),
      ];
      for (const set of near) {
        for (const other of set ?? []) {
          if (!seen.has(other)) {
            seen.add(other);
            queue.push(other);
          }
        }
      }
    }
    return [...seen].flatMap((id) => uses.get(id) ?? []);
  }

  function refresh(group: readonly KeyedUse[]) {
    const found = findReuse(group);
    for (const use of group) {
      const finding = found.get(use.claimId);
      if (finding === undefined) findings.delete(use.claimId);
      else findings.set(use.claimId, finding);
    }
  }

  return {
    /** Adds (or replaces) one attachment's use and answers the claims whose finding may change. */
    put(use: KeyedUse): ReadonlySet<string> {
      const before = uses.get(use.attachmentId);
      const group = before === undefined ? [] : linked(use.attachmentId);
      if (before !== undefined) {
        bySha.get(before.sha256)?.delete(use.attachmentId);
        if (before.certificateKey !== null)
          byKey.get(before.certificateKey)?.delete(use.attachmentId);
      }
      uses.set(use.attachmentId, use);
      add(bySha, use.sha256, use.attachmentId);
      add(byKey, use.certificateKey, use.attachmentId);
      add(byClaim, use.claimId, use.attachmentId);
      const now = linked(use.attachmentId);
      // The old group may have split: both halves are looked at again.
      const touched = new Map([...group, ...now].map((u) => [u.attachmentId, u]));
      refresh([...touched.values()].filter((u) => uses.get(u.attachmentId) === u));
      return new Set([...touched.values()].map((u) => u.claimId));
    },

    /** Every use at once (the kept results at start): one pass of findReuse over the unit. */
    putAll(all: readonly KeyedUse[]): void {
      for (const use of all) {
        uses.set(use.attachmentId, use);
        add(bySha, use.sha256, use.attachmentId);
        add(byKey, use.certificateKey, use.attachmentId);
        add(byClaim, use.claimId, use.attachmentId);
      }
      findings.clear();
      for (const [claimId, finding] of findReuse([...uses.values()]))
        findings.set(claimId, finding);
    },

    findingOf: (claimId: string): EvidenceFinding | undefined => findings.get(claimId),

    /** The claims that have a reuse finding now. */
    claimsWithFinding: (): Iterable<string> => findings.keys(),
  };
}
