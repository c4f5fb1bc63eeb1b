import type { FindingCode } from '#shared/rules/index.ts';
import type { InboxItem } from './inbox-item.ts';

/** The claims whose evidence check found something, each with its finding codes. */
export type EvidenceFlagged = ReadonlyMap<string, readonly FindingCode[]>;

// Per list and flags: the inbox asks again on every render, the answer is worked out once.
const joined = new WeakMap<
  readonly InboxItem[],
  { readonly flags: EvidenceFlagged; readonly items: readonly InboxItem[] }
>();

/**
 * The inbox rows with the evidence check's findings joined to the rules' findings, so the
 * 规则提示 filter and its counts find 证明材料姓名不符 and the rest as they find any finding,
 * and such a claim counts as one with warnings. Only the flagged rows are copied.
 */
export function withEvidenceFindings(
  items: readonly InboxItem[],
  flags: EvidenceFlagged,
): readonly InboxItem[] {
  if (flags.size === 0) return items;
  const known = joined.get(items);
  if (known?.flags === flags) return known.items;
  const result = items.map((item) => {
    const codes = item.kind === 'claim' ? flags.get(item.key) : undefined;
    if (codes === undefined) return item;
    return {
      ...item,
      findingCodes: [...new Set([...item.findingCodes, ...codes])],
      hasWarnings: true,
    };
  });
  joined.set(items, { flags, items: result });
  return result;
}
