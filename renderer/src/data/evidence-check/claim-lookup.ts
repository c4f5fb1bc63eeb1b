import type { Claim, Staff } from '#shared/contract/index.ts';
import { buildInbox } from '../review/inbox-rows.ts';
import type { ReviewSnapshot } from '../review/snapshot.ts';

interface Lookup {
  readonly byId: ReadonlyMap<string, Claim>;
  readonly byAttachment: ReadonlyMap<string, string>;
}

// Once per state of the records: the claims array keeps its identity while nothing changes.
const lookups = new WeakMap<readonly Claim[], Lookup>();

function lookupOf(snapshot: ReviewSnapshot): Lookup {
  let lookup = lookups.get(snapshot.claims);
  if (lookup === undefined) {
    const byId = new Map<string, Claim>();
    const byAttachment = new Map<string, string>();
    for (const claim of snapshot.claims) {
      byId.set(claim.id, claim);
      for (const attachment of claim.attachments) byAttachment.set(attachment.id, claim.id);
    }
    lookup = { byId, byAttachment };
    lookups.set(snapshot.claims, lookup);
  }
  return lookup;
}

/** A claim and its person from the working set, as the evidence check compares them. */
export function claimAndStaff(
  snapshot: ReviewSnapshot,
  claimId: string,
): { claim: Claim; staff: Staff } | undefined {
  const claim = lookupOf(snapshot).byId.get(claimId);
  const staff = claim === undefined ? undefined : snapshot.staffById.get(claim.staffId);
  return claim === undefined || staff === undefined ? undefined : { claim, staff };
}

/** The claim an attachment belongs to. */
export const claimOfAttachment = (snapshot: ReviewSnapshot, attachmentId: string) =>
  lookupOf(snapshot).byAttachment.get(attachmentId);

/** The claims still to be reviewed that have evidence, in the inbox's own order. */
export const pendingWithEvidence = (snapshot: ReviewSnapshot): string[] =>
  buildInbox(snapshot).flatMap((item) =>
    item.kind === 'claim' &&
    (item.claim?.attachments.length ?? 0) > 0 &&
    item.decision === undefined
      ? [item.key]
      : [],
  );
