import type { Attachment } from '#shared/contract/index.ts';
import type { EvidenceNeeds } from '../sync/evidence-prefetch.ts';
import { idOfInboxKey, inboxKeyOf } from './inbox-item.ts';
import { isDecisionMade } from './inbox-rows.ts';
import type { ReviewSnapshot } from './snapshot.ts';

/**
 * What the evidence prefetch should bring, from the working set: the files of every claim and
 * (1.1) every change request and transfer still to be reviewed, each under its inbox key, so
 * they come in the inbox's order; one decided here and not yet synced keeps its files.
 */
export function evidenceNeeds(snapshot: ReviewSnapshot): EvidenceNeeds {
  const pending = new Map<string, readonly Attachment[]>();
  const consider = (
    kind: 'claim' | 'change' | 'transfer',
    filed: {
      readonly id: string;
      readonly status: string;
      readonly attachments: readonly Attachment[];
    },
  ) => {
    if (filed.status !== 'submitted' || filed.attachments.length === 0) return;
    if (isDecisionMade(snapshot.decisions.get(filed.id))) return;
    pending.set(inboxKeyOf({ kind, id: filed.id }), filed.attachments);
  };
  for (const claim of snapshot.claims) consider('claim', claim);
  for (const change of snapshot.changes ?? []) consider('change', change);
  for (const transfer of snapshot.transfers ?? []) consider('transfer', transfer);
  return {
    pending,
    // The decision on an item is kept under its own id, its files under its inbox key.
    isWaiting: (key) => snapshot.decisions.get(idOfInboxKey(key))?.state === 'pending',
  };
}
