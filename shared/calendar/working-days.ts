import chineseDays from 'chinese-days';
import { dayNumber, isoFromDayNumber, yearOf } from './iso-date.ts';

/** Whether a date is a working day by the Chinese statutory holiday calendar (调休 included). */
export interface WorkdayCalendar {
  /** `undefined` when the calendar does not cover the date's year. */
  readonly isWorkday: (isoDate: string) => boolean | undefined;
}

export type WorkdayLookup =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly uncoveredYear: number };

/**
 * chinese-days answers a plain weekday guess for a year it has no data for; a year counts as
 * covered only when the library lists statutory holidays in it, so a missing year is reported
 * instead of silently counted as Monday to Friday.
 */
export function chineseDaysCalendar(): WorkdayCalendar {
  const covered = new Map<number, boolean>();
  const workdays = new Map<string, boolean>();
  const isCovered = (year: number): boolean => {
    let known = covered.get(year);
    if (known === undefined) {
      known =
        chineseDays.getHolidaysInRange(`${String(year)}-01-01`, `${String(year)}-12-31`, false)
          .length > 0;
      covered.set(year, known);
    }
    return known;
  };
  return {
    isWorkday(isoDate) {
      if (!isCovered(yearOf(isoDate))) return undefined;
      let work = workdays.get(isoDate);
      if (work === undefined) {
        work = chineseDays.isWorkday(isoDate);
        workdays.set(isoDate, work);
      }
      return work;
    },
  };
}

/** The working day that lies `n` working days before `isoDate` (the date itself not counted). */
export function workdaysBefore(
  calendar: WorkdayCalendar,
  isoDate: string,
  n: number,
): WorkdayLookup {
  let day = dayNumber(isoDate);
  let counted = 0;
  while (counted < n) {
    day -= 1;
    const date = isoFromDayNumber(day);
    const work = calendar.isWorkday(date);
    if (work === undefined) return { ok: false, uncoveredYear: yearOf(date) };
    if (work) counted += 1;
  }
  return { ok: true, date: isoFromDayNumber(day) };
}

let defaultCalendar: WorkdayCalendar | undefined;

/** One shared, memoised calendar: the holiday data never changes while the app runs. */
export function defaultWorkdayCalendar(): WorkdayCalendar {
  defaultCalendar ??= chineseDaysCalendar();
  return defaultCalendar;
}
