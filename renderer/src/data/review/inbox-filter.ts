import type { FindingCode } from '#shared/rules/index.ts';
import { byKey, isDecided, type InboxItem } from './inbox-rows.ts';
import { rememberLast } from './remember-last.ts';

/** What the reviewer narrows 待审核 to, and in which order. */
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

/** Facet dimensions, as bits: an item counts for a facet when it fails at most that one. */
const facetBits = { year: 1, category: 2, department: 4, suggestion: 8, finding: 16 } as const;
const otherBit = 32;
const facets = Object.keys(facetBits) as (keyof typeof facetBits)[];

/** Whether any facet (年度, 类别, 部门, 建议, 规则提示) narrows the list. */
export const hasFacets = (filter: InboxFilter): boolean =>
  facets.some((facet) => filter[facet] !== undefined);

/** The filter with every facet cleared; the search and 未审/本机已审/全部 stay. */
export function withoutFacets(filter: InboxFilter): InboxFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([key]) => !(facets as string[]).includes(key)),
  ) as unknown as InboxFilter;
}

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

const comparators: Record<InboxSort, ((a: InboxItem, b: InboxItem) => number) | null> = {
  // Rows are kept in submission order already: filtering preserves it.
  submittedAt: null,
  name: (a, b) => a.nameRank - b.nameRank || a.submittedMs - b.submittedMs || byKey(a, b),
  claimedHours: (a, b) =>
    b.claimedHours - a.claimedHours || a.submittedMs - b.submittedMs || byKey(a, b),
  department: (a, b) =>
    a.departmentRank - b.departmentRank || a.submittedMs - b.submittedMs || byKey(a, b),
};

const lastFiltered = rememberLast<InboxItem[]>();

export function filterInbox(
  items: readonly InboxItem[],
  filter: InboxFilter,
  sort: InboxSort,
): InboxItem[] {
  const key = JSON.stringify([filter, sort]);
  const remembered = lastFiltered.get(items, key);
  if (remembered !== undefined) return remembered;
  const rows = filterAndSort(items, filter, sort);
  lastFiltered.set(items, key, rows);
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

const lastCounted = rememberLast<FacetCounts>();

/** For each filter, how many items each choice would show given the other filters. */
export function facetCounts(items: readonly InboxItem[], filter: InboxFilter): FacetCounts {
  const key = JSON.stringify(filter);
  const remembered = lastCounted.get(items, key);
  if (remembered !== undefined) return remembered;
  const counts = countFacets(items, filter);
  // Not the empty list shown before the first paint: it would push out the counts worth keeping.
  if (items.length > 0) lastCounted.set(items, key, counts);
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
