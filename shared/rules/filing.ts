import {
  workdaysBefore,
  workdaysBetween,
  type WorkdayCalendar,
  type WorkdayLookup,
} from '../calendar/working-days.ts';
import { citationText } from './rulebooks.ts';
import type { Citation, Rulebook } from './types.ts';

/**
 * 济宁 五: a training project is filed on the platform at least 5 working days before it opens,
 * or its hours are not recognised. The one home of that count: the rule engine's
 * NOT_FILED_IN_TIME and `ce filing-check` both read the deadline from here.
 */
export const filingWorkdays = 5;

export interface FilingRule {
  /** Working days the filing must come before the start. */
  readonly required: number;
  readonly citation: Citation;
}

/** The rulebook's filing rule for training projects; undefined where it sets none. */
export function filingRuleOf(rulebook: Rulebook): FilingRule | undefined {
  const citation = rulebook.rules.training?.filing;
  return citation === undefined ? undefined : { required: filingWorkdays, citation };
}

/**
 * The last day on which filing is still in time: the working day that lies `required` working
 * days before the start (the start itself not counted), so those days all follow the filing.
 */
export function filingDeadline(
  calendar: WorkdayCalendar,
  startDate: string,
  required: number = filingWorkdays,
): WorkdayLookup {
  return workdaysBefore(calendar, startDate, required);
}

/** What `ce filing-check --json` prints; null where the rulebook or the calendar gives no answer. */
export interface FilingCheck {
  /** Working days from the filing day (counted) to the start (not counted). */
  readonly workingDaysBefore: number | null;
  readonly deadline: string | null;
  readonly required: number | null;
  readonly inTime: boolean | null;
  readonly citation: string | null;
}

/**
 * Judges a filing date against a start date. A date the holiday calendar does not cover is never
 * guessed at: the count or the deadline that needs it is null, and so is `inTime` when the
 * deadline cannot be found. Without a filing rule there is no deadline to be in time for.
 */
export function checkFiling(
  rulebook: Rulebook,
  filedDate: string,
  startDate: string,
  calendar: WorkdayCalendar,
): FilingCheck {
  const count = workdaysBetween(calendar, filedDate, startDate);
  const workingDaysBefore = count.ok ? count.count : null;
  const rule = filingRuleOf(rulebook);
  if (rule === undefined) {
    return { workingDaysBefore, deadline: null, required: null, inTime: null, citation: null };
  }
  const deadline = filingDeadline(calendar, startDate, rule.required);
  return {
    workingDaysBefore,
    deadline: deadline.ok ? deadline.date : null,
    required: rule.required,
    inTime: deadline.ok ? filedDate <= deadline.date : null,
    citation: citationText(rule.citation),
  };
}
