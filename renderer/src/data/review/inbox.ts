import type { Category, Claim, Staff } from '../../../../shared/contract/index.ts';
import type { Evaluation, FindingCode, Suggestion } from '../../../../shared/rules/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import type { ReviewSnapshot } from './review-store.ts';

/** One row of 待审核: a pending claim or a pending registration. */
export interface InboxItem {
  readonly key: string;
  readonly kind: 'claim' | 'registration';
  readonly claim?: Claim;
  readonly staff?: Staff;
  readonly evaluation?: Evaluation;
  readonly decision?: DecisionDoc;
  readonly name: string;
  readonly department: string;
  readonly title: string;
  readonly category: Category | 'registration';
  readonly year: number;
  readonly claimedHours: number;
  readonly submittedAt: string;
  readonly suggestion: Suggestion | 'none';
  readonly findingCodes: readonly FindingCode[];
  readonly hasWarnings: boolean;
  /** Lower-cased name, 身份证号 and title, for search. */
  readonly searchText: string;
  /** Numeric sort keys, computed once, so sorting 50,000 rows compares numbers, not strings. */
  readonly submittedMs: number;
  nameRank: number;
  departmentRank: number;
}

export type DecidedFilter = 'undecided' | 'decided' | 'all';

export interface InboxFilter {
  readonly year?: number;
  readonly category?: InboxItem['category'];
  readonly department?: string;
  readonly suggestion?: InboxItem['suggestion'];
  readonly finding?: FindingCode;
  readonly search?: string;
  readonly decided: DecidedFilter;
}

export type InboxSort = 'submittedAt' | 'name' | 'claimedHours' | 'department';

/** A local decision the platform has not refused keeps the item out of the undecided list. */
export function isDecided(item: InboxItem): boolean {
  const state = item.decision?.state;
  return state === 'pending' || state === 'applied' || state === 'duplicate';
}

/**
 * The rows without their decisions, built once per loaded replica (claims and staff arrays keep
 * their identity until the next sync), so opening the inbox or deciding a claim does not rebuild
 * 100,000 rows.
 */
const baseRows = new WeakMap<readonly Claim[], InboxItem[]>();

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
  let base = baseRows.get(snapshot.claims);
  if (base === undefined) {
    base = rankAndSort(buildBase({ ...snapshot, decisions: new Map() }));
    baseRows.set(snapshot.claims, base);
  }
  const { decisions } = snapshot;
  if (decisions.size === 0) return base;
  return base.map((item) => {
    const decision = decisions.get(
      item.staff !== undefined && item.kind === 'registration' ? item.staff.id : item.key,
    );
    return decision === undefined ? item : { ...item, decision };
  });
}

function buildBase(snapshot: ReviewSnapshot): InboxItem[] {
  const items: InboxItem[] = [];
  for (const claim of snapshot.claims) {
    if (claim.status !== 'submitted') continue;
    const staff = snapshot.staffById.get(claim.staffId);
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
      title: '人员注册',
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
  return items;
}

/** Facet dimensions, as bits: an item counts for a facet when it fails at most that one. */
const facetBits = { year: 1, category: 2, department: 4, suggestion: 8, finding: 16 } as const;
const otherBit = 32;

/** Which filters an item fails, one bit each; 0 means it is shown. */
function failures(item: InboxItem, filter: InboxFilter, search: string): number {
  let failed = 0;
  const decided = isDecided(item);
  if ((filter.decided === 'undecided' && decided) || (filter.decided === 'decided' && !decided)) {
    failed |= otherBit;
  }
  if (search !== '' && !item.searchText.includes(search)) failed |= otherBit;
  if (filter.year !== undefined && item.year !== filter.year) failed |= facetBits.year;
  if (filter.category !== undefined && item.category !== filter.category) {
    failed |= facetBits.category;
  }
  if (filter.department !== undefined && item.department !== filter.department) {
    failed |= facetBits.department;
  }
  if (filter.suggestion !== undefined && item.suggestion !== filter.suggestion) {
    failed |= facetBits.suggestion;
  }
  if (filter.finding !== undefined && !item.findingCodes.includes(filter.finding)) {
    failed |= facetBits.finding;
  }
  return failed;
}

const searchOf = (filter: InboxFilter) => filter.search?.trim().toLowerCase() ?? '';
const byKey = (a: InboxItem, b: InboxItem) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

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

const comparators: Record<InboxSort, ((a: InboxItem, b: InboxItem) => number) | null> = {
  // Rows are kept in submission order already: filtering preserves it.
  submittedAt: null,
  name: (a, b) => a.nameRank - b.nameRank || a.submittedMs - b.submittedMs || byKey(a, b),
  claimedHours: (a, b) =>
    b.claimedHours - a.claimedHours || a.submittedMs - b.submittedMs || byKey(a, b),
  department: (a, b) =>
    a.departmentRank - b.departmentRank || a.submittedMs - b.submittedMs || byKey(a, b),
};

// The last filtering, so coming back to the inbox with the same filter shows the same rows at once.
let lastFiltered: { items: readonly InboxItem[]; key: string; rows: InboxItem[] } | undefined;

export function filterInbox(
  items: readonly InboxItem[],
  filter: InboxFilter,
  sort: InboxSort,
): InboxItem[] {
  const key = JSON.stringify([filter, sort]);
  if (lastFiltered?.items === items && lastFiltered.key === key) return lastFiltered.rows;
  const rows = filterAndSort(items, filter, sort);
  lastFiltered = { items, key, rows };
  return rows;
}

function filterAndSort(
  items: readonly InboxItem[],
  filter: InboxFilter,
  sort: InboxSort,
): InboxItem[] {
  const search = searchOf(filter);
  const shown = items.filter((item) => failures(item, filter, search) === 0);
  const compare = comparators[sort];
  return compare === null ? shown : shown.sort(compare);
}

export interface FacetCounts {
  readonly year: ReadonlyMap<number, number>;
  readonly category: ReadonlyMap<string, number>;
  readonly department: ReadonlyMap<string, number>;
  readonly suggestion: ReadonlyMap<string, number>;
  readonly finding: ReadonlyMap<string, number>;
}

// The last counts, so coming back to the inbox with the same filter has them at once.
let lastCounted: { items: readonly InboxItem[]; key: string; counts: FacetCounts } | undefined;

/** For each filter, how many items each choice would show given the other filters. */
export function facetCounts(items: readonly InboxItem[], filter: InboxFilter): FacetCounts {
  const key = JSON.stringify(filter);
  if (lastCounted?.items === items && lastCounted.key === key) return lastCounted.counts;
  const counts = countFacets(items, filter);
  // Not the empty list shown before the first paint: it would push out the counts worth keeping.
  if (items.length > 0) lastCounted = { items, key, counts };
  return counts;
}

function countFacets(items: readonly InboxItem[], filter: InboxFilter): FacetCounts {
  const year = new Map<number, number>();
  const category = new Map<string, number>();
  const department = new Map<string, number>();
  const suggestion = new Map<string, number>();
  const finding = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const search = searchOf(filter);
  for (const item of items) {
    const failed = failures(item, filter, search);
    // Passing all filters, or failing only one facet's own: the item counts for that facet's
    // choice. Failing two filters, or another one (search, decided), it counts nowhere.
    if (failed !== 0 && (failed & (failed - 1)) !== 0) continue;
    if (failed === otherBit) continue;
    const counts = (bit: number) => failed === 0 || failed === bit;
    if (counts(facetBits.year)) bump(year, item.year);
    if (counts(facetBits.category)) bump(category, item.category);
    if (counts(facetBits.department)) bump(department, item.department);
    if (counts(facetBits.suggestion)) bump(suggestion, item.suggestion);
    if (counts(facetBits.finding)) for (const code of item.findingCodes) bump(finding, code);
  }
  return { year, category, department, suggestion, finding };
}
