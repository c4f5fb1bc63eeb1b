import type { EvidenceNeeds } from '../sync/evidence-prefetch.ts';
import { isDecisionMade } from './inbox-rows.ts';
import type { ReviewSnapshot } from './snapshot.ts';

/**
 * What the evidence prefetch should bring, from the working set: the files of every claim still
 * to be reviewed; a claim decided here and not yet synced keeps its files.
 */
export function evidenceNeeds(snapshot: ReviewSnapshot): EvidenceNeeds {
  const pending = new Map<string, ReviewSnapshot['claims'][number]['attachments']>();
  for (const claim of snapshot.claims) {
    if (claim.status !== 'submitted' || claim.attachments.length === 0) continue;
    if (isDecisionMade(snapshot.decisions.get(claim.id))) continue;
    pending.set(claim.id, claim.attachments);
  }
  return {
    pending,
    isWaiting: (claimId) => snapshot.decisions.get(claimId)?.state === 'pending',
  };
}
