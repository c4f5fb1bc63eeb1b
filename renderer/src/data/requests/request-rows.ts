import { inboxKeyOf, type InboxItem } from '../review/inbox-item.ts';
import type { ReviewSnapshot } from '../review/snapshot.ts';
import { requestTitle } from './request-subject.ts';

/**
 * (1.1) The rows of 待审核 for change requests and transfers still waiting for the unit, beside
 * claims and registrations. They take no rules, so no suggestion or finding; the decision on
 * one is looked up by its own id.
 */
export function requestRows(snapshot: ReviewSnapshot): InboxItem[] {
  const rows: InboxItem[] = [];
  for (const change of snapshot.changes ?? []) {
    if (change.status !== 'submitted') continue;
    const staff = snapshot.staffById.get(change.staffId);
    const name = staff?.name ?? '（未知人员）';
    rows.push({
      ...common(change, name),
      key: inboxKeyOf({ kind: 'change', id: change.id }),
      kind: 'change',
      change,
      ...(staff === undefined ? {} : { staff }),
      department: staff?.department ?? '',
      title: requestTitle({ change }),
      category: 'change',
      searchText: `${name} ${staff?.idNumber ?? ''}`.toLowerCase(),
    });
  }
  for (const transfer of snapshot.transfers ?? []) {
    if (transfer.status !== 'submitted') continue;
    const staff =
      transfer.staffId === undefined ? undefined : snapshot.staffById.get(transfer.staffId);
    const { person } = transfer;
    rows.push({
      ...common(transfer, person.name),
      key: inboxKeyOf({ kind: 'transfer', id: transfer.id }),
      kind: 'transfer',
      transfer,
      ...(staff === undefined ? {} : { staff }),
      department: person.department ?? staff?.department ?? '',
      title: requestTitle({ transfer }),
      category: 'transfer',
      searchText: `${person.name} ${person.idNumber}`.toLowerCase(),
    });
  }
  return rows;
}

function common(request: { readonly submittedAt: string }, name: string) {
  return {
    name,
    year: Number(request.submittedAt.slice(0, 4)),
    claimedHours: 0,
    submittedAt: request.submittedAt,
    submittedMs: Date.parse(request.submittedAt),
    suggestion: 'none' as const,
    findingCodes: [],
    hasWarnings: false,
    nameRank: 0,
    departmentRank: 0,
  };
}
