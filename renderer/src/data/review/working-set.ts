import type { Claim, RulebookId, Staff } from '#shared/contract/index.ts';
import { evaluateAll, type Evaluation } from '#shared/rules/index.ts';

/** A record as the replica keeps it: the server's, without the tombstone flag. */
export type StoredClaim = Omit<Claim, 'deleted'>;
export type StoredStaff = Omit<Staff, 'deleted'>;

/** A change to the replica: a record written, or one removed (a tombstone). */
export type RecordChange<T> =
  | { readonly kind: 'put'; readonly record: T }
  | { readonly kind: 'remove'; readonly id: string; readonly revision: number };

/** The records and evaluations as a snapshot holds them. */
export interface View {
  readonly claims: readonly Claim[];
  readonly staff: readonly Staff[];
  readonly staffById: ReadonlyMap<string, Staff>;
  readonly claimsByStaff: ReadonlyMap<string, readonly Claim[]>;
  readonly evaluations: ReadonlyMap<string, Evaluation>;
}

/** How many people are evaluated between two pauses that let the screen paint. */
const peoplePerSlice = 1500;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The unit's records in memory, with the rules evaluated: changed as records arrive (pages of the
 * first reading, pull pages, changes after a sync), re-evaluating only the people whose claims
 * changed. A record never goes back to an older revision, so changes may arrive in any order.
 */
export function createWorkingSet(rulebook: RulebookId) {
  const claims = new Map<string, Claim>();
  const staff = new Map<string, Staff>();
  const claimsOf = new Map<string, Map<string, Claim>>();
  const evaluations = new Map<string, Evaluation>();
  /** Revisions of removed records, so an older copy arriving late does not bring them back. */
  const removed = new Map<string, number>();
  const stale = new Set<string>();
  let claimList: readonly Claim[] = [];
  let staffList: readonly Staff[] = [];
  let claimsChanged = false;
  let staffChanged = false;
  let lastView: View | undefined;

  /** A revision already held (the same record read twice) or older than the one held. */
  const isKnown = (id: string, revision: number, current: { revision: number } | undefined) =>
    (current !== undefined && current.revision >= revision) || (removed.get(id) ?? -1) >= revision;

  function dropClaim(id: string): void {
    const old = claims.get(id);
    if (old === undefined) return;
    claims.delete(id);
    evaluations.delete(id);
    claimsOf.get(old.staffId)?.delete(id);
    stale.add(old.staffId);
    claimsChanged = true;
    lastView = undefined;
  }

  function putClaim(record: StoredClaim): void {
    if (isKnown(record.id, record.revision, claims.get(record.id))) return;
    dropClaim(record.id);
    const claim: Claim = { ...record, deleted: false };
    claims.set(claim.id, claim);
    let own = claimsOf.get(claim.staffId);
    if (own === undefined) {
      own = new Map();
      claimsOf.set(claim.staffId, own);
    }
    own.set(claim.id, claim);
    stale.add(claim.staffId);
    claimsChanged = true;
    lastView = undefined;
  }

  function putStaff(record: StoredStaff): void {
    if (isKnown(record.id, record.revision, staff.get(record.id))) return;
    const before = staff.get(record.id);
    staff.set(record.id, { ...record, deleted: false });
    staffChanged = true;
    // Integrity records (contract 1.1) change the findings of the person's claims, also when
    // the claims were read before the person.
    const records = (person: { integrityRecords?: unknown } | undefined) =>
      JSON.stringify(person?.integrityRecords ?? []);
    if (records(before) !== records(record) && claimsOf.has(record.id)) stale.add(record.id);
    lastView = undefined;
  }

  return {
    applyClaims(changes: readonly RecordChange<StoredClaim>[]): void {
      for (const change of changes) {
        if (change.kind === 'put') putClaim(change.record);
        else {
          removed.set(change.id, change.revision);
          dropClaim(change.id);
        }
      }
    },

    applyStaff(changes: readonly RecordChange<StoredStaff>[]): void {
      for (const change of changes) {
        if (change.kind === 'put') putStaff(change.record);
        else {
          removed.set(change.id, change.revision);
          if (staff.delete(change.id)) {
            staffChanged = true;
            lastView = undefined;
          }
        }
      }
    },

    /** Whether some people's claims changed since they were last evaluated. */
    hasStale: () => stale.size > 0,

    /**
     * Evaluates the people whose claims changed, a slice at a time with a pause between, so the
     * screen keeps painting while 20,000 people are evaluated. Changes made during a pause are
     * evaluated too before this ends.
     */
    async evaluateStale(): Promise<void> {
      while (stale.size > 0) {
        const slice = [...stale].slice(0, peoplePerSlice);
        for (const staffId of slice) {
          stale.delete(staffId);
          const own = [...(claimsOf.get(staffId)?.values() ?? [])];
          for (const claim of own) evaluations.delete(claim.id);
          const person = staff.get(staffId);
          const options = { staff: person === undefined ? [] : [person] };
          for (const evaluation of evaluateAll(rulebook, own, options)) {
            evaluations.set(evaluation.claimId, evaluation);
          }
        }
        lastView = undefined;
        if (stale.size > 0) await pause();
      }
    },

    /**
     * The records as arrays and maps for a snapshot. An array keeps its identity while nothing in
     * it changed, so screens that compute from `staff` alone do not recompute when claims arrive.
     */
    view(): View {
      if (lastView !== undefined) return lastView;
      if (claimsChanged) {
        claimList = [...claims.values()];
        claimsChanged = false;
      }
      if (staffChanged) {
        staffList = [...staff.values()];
        staffChanged = false;
      }
      const claimsByStaff = new Map<string, readonly Claim[]>();
      for (const [staffId, own] of claimsOf) {
        if (own.size > 0) claimsByStaff.set(staffId, [...own.values()]);
      }
      lastView = {
        claims: claimList,
        staff: staffList,
        staffById: new Map(staff),
        claimsByStaff,
        evaluations: new Map(evaluations),
      };
      return lastView;
    },
  };
}

export type WorkingSet = ReturnType<typeof createWorkingSet>;
