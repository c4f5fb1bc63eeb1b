export * from './types.ts';
export * from './labels.ts';
export * from './rounding.ts';
export * from './rulebooks.ts';
export * from './outcome-key.ts';
export { creditedStatuses, isCredited, creditedHoursOf } from './ledger.ts';
export { evaluateAll, evaluateClaim, type EvaluateOptions } from './evaluate-all.ts';
export {
  checkFiling,
  filingDeadline,
  filingRuleOf,
  filingWorkdays,
  type FilingCheck,
  type FilingRule,
} from './filing.ts';
export {
  defaultWorkdayCalendar,
  chineseDaysCalendar,
  tableCalendar,
  workdaysBefore,
  workdaysBetween,
  type WorkdayCalendar,
  type WorkdayCount,
  type WorkdayLookup,
} from '../calendar/working-days.ts';
