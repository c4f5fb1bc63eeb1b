import type { Claim, Staff } from '#shared/contract/index.ts';
import { registrationLabel } from '#shared/labels/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import { requestRows } from '../requests/request-rows.ts';
import type { InboxItem } from './inbox-item.ts';
import type { ReviewSnapshot } from './snapshot.ts';

export { inboxKeyOf, type InboxItem } from './inbox-item.ts';

/** A local decision the platform has not refused keeps the item out of the undecided list. */
export function isDecided(item: InboxItem): boolean {
  return isDecisionMade(item.decision);
}

/** Whether a decision counts as made: waiting to be synced, or taken by the platform. */
export function isDecisionMade(decision: DecisionDoc | undefined): boolean {
  const state = decision?.state;
  return state === 'pending' || state === 'sending' || state === 'applied' || state === 'duplicate';
}

/**
 * The rows without their decisions, built once per state of the records (the claims and staff
 * arrays keep their identity while nothing in them changes), so opening the inbox or deciding a
 * claim does not rebuild 100,000 rows.
 */
const baseRows = new WeakMap<
  readonly Claim[],
  {
    readonly staff: readonly Staff[];
    readonly requests: readonly unknown[];
    readonly loading: boolean;
    readonly rows: InboxItem[];
  }
>();

/** The rows with their decisions, once per snapshot: opening the inbox again costs nothing. */
const decidedRows = new WeakMap<ReviewSnapshot, InboxItem[]>();

export function buildInbox(snapshot: ReviewSnapshot): InboxItem[] {
  let rows = decidedRows.get(snapshot);
  if (rows === undefined) {
    rows = withDecisions(snapshot);
    decidedRows.set(snapshot, rows);
  }
  return rows;
}

function withDecisions(snapshot: ReviewSnapshot): InboxItem[] {
  const { claims, staff, loading } = snapshot;
  const requests = [snapshot.changes, snapshot.transfers];
  const built = baseRows.get(claims);
  let base: InboxItem[];
  if (
    built !== undefined &&
    built.staff === staff &&
    built.loading === loading &&
    built.requests.every((list, index) => list === requests[index])
  ) {
    base = built.rows;
  } else {
    base = rankAndSort(buildBase({ ...snapshot, decisions: new Map() }));
    baseRows.set(claims, { staff, requests, loading, rows: base });
  }
  const { decisions } = snapshot;
  if (decisions.size === 0) return base;
  return base.map((item) => {
    const decision = decisions.get(decisionTargetId(item));
    return decision === undefined ? item : { ...item, decision };
  });
}

/** The id a decision on the row names: the claim's, the person's, the request's. */
export function decisionTargetId(item: InboxItem): string {
  return item.staff !== undefined && item.kind === 'registration'
    ? item.staff.id
    : (item.change?.id ?? item.transfer?.id ?? item.key);
}

function buildBase(snapshot: ReviewSnapshot): InboxItem[] {
  const items: InboxItem[] = [];
  for (const claim of snapshot.claims) {
    if (claim.status !== 'submitted') continue;
    const staff = snapshot.staffById.get(claim.staffId);
    // While records arrive, a claim waits for its person rather than showing as 未知人员.
    if (staff === undefined && snapshot.loading) continue;
    const evaluation = snapshot.evaluations.get(claim.id);
    const decision = snapshot.decisions.get(claim.id);
    const name = staff?.name ?? '（未知人员）';
    items.push({
      key: claim.id,
      kind: 'claim',
      claim,
      ...(staff === undefined ? {} : { staff }),
      ...(evaluation === undefined ? {} : { evaluation }),
      ...(decision === undefined ? {} : { decision }),
      name,
      department: staff?.department ?? '',
      title: claim.title,
      category: claim.category,
      year: claim.year,
      claimedHours: claim.claimedHours,
      submittedAt: claim.submittedAt,
      suggestion: evaluation?.suggestion ?? 'none',
      // Each code once: the counts beside the finding filter count claims, not findings.
      findingCodes: [...new Set(evaluation?.findings.map((f) => f.code))],
      hasWarnings: evaluation?.findings.some((f) => f.severity !== 'info') ?? false,
      searchText: `${name} ${staff?.idNumber ?? ''} ${claim.title}`.toLowerCase(),
      submittedMs: Date.parse(claim.submittedAt),
      nameRank: 0,
      departmentRank: 0,
    });
  }
  for (const staff of snapshot.staff) {
    if (staff.status !== 'pending_registration') continue;
    const decision = snapshot.decisions.get(staff.id);
    items.push({
      key: `registration:${staff.id}`,
      kind: 'registration',
      staff,
      ...(decision === undefined ? {} : { decision }),
      name: staff.name,
      department: staff.department ?? '',
      title: registrationLabel,
      category: 'registration',
      year: Number(staff.updatedAt.slice(0, 4)),
      claimedHours: 0,
      submittedAt: staff.updatedAt,
      suggestion: 'none',
      findingCodes: [],
      hasWarnings: false,
      searchText: `${staff.name} ${staff.idNumber}`.toLowerCase(),
      submittedMs: Date.parse(staff.updatedAt),
      nameRank: 0,
      departmentRank: 0,
    });
  }
  items.push(...requestRows(snapshot));
  return items;
}

/** Ties broken by key, so every order is total and stable across rebuilds. */
export const byKey = (a: InboxItem, b: InboxItem) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Ranks names and departments by Chinese collation once, then orders rows by submission. */
function rankAndSort(items: InboxItem[]): InboxItem[] {
  const collator = new Intl.Collator('zh-CN');
  const rank = (values: Iterable<string>) =>
    new Map([...new Set(values)].sort(collator.compare).map((value, index) => [value, index]));
  const names = rank(items.map((item) => item.name));
  const departments = rank(items.map((item) => item.department));
  for (const item of items) {
    item.nameRank = names.get(item.name) ?? 0;
    item.departmentRank = departments.get(item.department) ?? 0;
  }
  return items.sort((a, b) => a.submittedMs - b.submittedMs || byKey(a, b));
}
