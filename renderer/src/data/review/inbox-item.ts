import type { Category, Claim, Staff } from '#shared/contract/index.ts';
import type { Evaluation, FindingCode, Suggestion } from '#shared/rules/index.ts';
import type { ChangeDoc, DecisionDoc, TransferDoc } from '../db/schemas.ts';

/** One row of 待审核: a pending claim, registration, or (1.1) change request or transfer. */
export interface InboxItem {
  readonly key: string;
  readonly kind: 'claim' | 'registration' | 'change' | 'transfer';
  readonly claim?: Claim;
  readonly staff?: Staff;
  readonly change?: ChangeDoc;
  readonly transfer?: TransferDoc;
  readonly evaluation?: Evaluation;
  readonly decision?: DecisionDoc;
  readonly name: string;
  readonly department: string;
  readonly title: string;
  readonly category: Category | 'registration' | 'change' | 'transfer';
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

/** The row of 待审核 a decision's target has: a claim's own id, a request's kind and id. */
export function inboxKeyOf(target: { readonly kind: string; readonly id: string }): string {
  return target.kind === 'claim' ? target.id : `${target.kind}:${target.id}`;
}

/** The id inside an inbox key (ids never hold a colon: the contract's path ids). */
export function idOfInboxKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
