import type { Category, Claim, Hours, RulebookId } from '../contract/index.ts';

export const suggestions = ['approve', 'return', 'reject', 'manual'] as const;
export type Suggestion = (typeof suggestions)[number];

export const severities = ['info', 'warning', 'error'] as const;
export type Severity = (typeof severities)[number];

export const findingCodes = [
  'MISSING_EVIDENCE',
  'MISSING_DETAILS',
  'INVALID_DATES',
  'DAILY_CAP',
  'ANNUAL_CAP',
  'DUPLICATE_OUTCOME',
  'NOT_FILED_IN_TIME',
  'NOT_ELIGIBLE',
  'PRORATED',
  'NO_STANDARD',
  'CALENDAR_UNKNOWN',
  'INTEGRITY_RECORD',
  'EVIDENCE_NAME_MISMATCH',
  'EVIDENCE_HOURS_MISMATCH',
  'EVIDENCE_DATE_MISMATCH',
  'EVIDENCE_UNREADABLE',
  'EVIDENCE_REUSED',
] as const;
export type FindingCode = (typeof findingCodes)[number];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Chinese, for the reviewer: what the rule found and what follows. */
  readonly message: string;
  /** Document number + clause, e.g. `威人社字〔2022〕2号 二（二）4`. */
  readonly citation: string;
}

export interface Evaluation {
  readonly claimId: string;
  readonly suggestion: Suggestion;
  /**
   * Hours credited if the suggestion is followed; for `manual` the evaluator's proposal;
   * zero for `return` and `reject`.
   */
  readonly credited: Hours;
  readonly findings: readonly Finding[];
}

export interface Citation {
  readonly document: string;
  readonly clause: string;
}

export const capGroupIds = [
  'computer',
  'self_study',
  'outcome',
  'degree_program',
  'assignment',
] as const;
export type CapGroupId = (typeof capGroupIds)[number];

/** Claims of one category set that share an annual limit, per subject. */
export interface CapGroup {
  readonly id: CapGroupId;
  /** Chinese name of the group as the notice calls it. */
  readonly label: string;
  readonly limit: Hours;
  readonly citation: Citation;
}

/** What a rulebook's hour standard makes of one claim, before daily and annual caps. */
export type Standard =
  | { readonly kind: 'hours'; readonly hours: Hours; readonly proratedMonths?: number }
  | { readonly kind: 'missing'; readonly fields: readonly MissingField[] }
  | { readonly kind: 'not_eligible'; readonly message: string }
  | { readonly kind: 'no_standard'; readonly proposal: Hours; readonly message: string };

export const missingFields = [
  'startDate',
  'endDate',
  'level',
  'grade',
  'modules',
  'courses',
  'authorRank',
  'outcomeKind',
  'months',
  'absenceKind',
  'certificateNo',
] as const;
export type MissingField = (typeof missingFields)[number];

export interface CategoryRule {
  /** The clause that sets the hour standard. */
  readonly citation: Citation;
  readonly standard: (claim: Claim) => Standard;
  /** Set when the notice limits hours to 8 a day. */
  readonly dailyCap?: Citation;
  readonly capGroup?: CapGroup;
  /** Set when the same outcome may count only once, ever. */
  readonly neverTwice?: Citation;
  /** Set when the training project must be filed 5 working days before it starts. */
  readonly filing?: Citation;
}

export interface Rulebook {
  readonly id: RulebookId;
  /** Chinese name for the UI. */
  readonly name: string;
  /** The notice's document number or, where it has none, its short title. */
  readonly document: string;
  readonly rules: Partial<Record<Category, CategoryRule>>;
  /** Cited when the rulebook sets no standard for a category. */
  readonly noStandard: Citation;
  /** Cited when a claim comes without evidence. */
  readonly evidence: Citation;
  /** Cited when a date falls outside the claim's year: hours count by calendar year. */
  readonly yearly: Citation;
}
