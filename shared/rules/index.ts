export * from './types.ts';
export * from './labels.ts';
export * from './rounding.ts';
export * from './rulebooks.ts';
export * from './outcome-key.ts';
export { creditedStatuses, isCredited, creditedHoursOf } from './ledger.ts';
export { evaluateAll, evaluateClaim, type EvaluateOptions } from './evaluate-all.ts';
export {
  defaultWorkdayCalendar,
  chineseDaysCalendar,
  type WorkdayCalendar,
} from '../calendar/working-days.ts';
