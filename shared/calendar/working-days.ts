import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayNumber, isoFromDayNumber, yearOf } from './iso-date.ts';

/** Whether a date is a working day by the Chinese statutory holiday calendar (调休 included). */
export interface WorkdayCalendar {
  /** `undefined` when the calendar does not cover the date's year. */
  readonly isWorkday: (isoDate: string) => boolean | undefined;
}

export type WorkdayLookup =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly uncoveredYear: number };

interface HolidayTables {
  /** Statutory days off, `YYYY-MM-DD` → name. */
  readonly holidays: Readonly<Record<string, string>>;
  /** Weekend days worked in exchange (调休上班). */
  readonly workdays: Readonly<Record<string, string>>;
}

/**
 * The chinese-days package keeps the State Council's yearly holiday tables up to date. Its data
 * is read here directly rather than through its functions: those parse a date as UTC but read
 * the weekday in local time, so west of Greenwich every answer is a day off. And the package
 * answers a plain weekday guess for a year it has no table for; a year counts as covered only
 * when the table lists statutory holidays in it, so a missing year is reported, never guessed.
 */
export function tableCalendar(tables: HolidayTables): WorkdayCalendar {
  const covered = new Set(Object.keys(tables.holidays).map(yearOf));
  return {
    isWorkday(isoDate) {
      if (!covered.has(yearOf(isoDate))) return undefined;
      if (isoDate in tables.workdays) return true;
      if (isoDate in tables.holidays) return false;
      // Day 0 (1970-01-01) was a Thursday; 0 = Sunday … 6 = Saturday.
      const weekday = (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
      return weekday >= 1 && weekday <= 5;
    },
  };
}

export function chineseDaysCalendar(): WorkdayCalendar {
  return tableCalendar(holidayData);
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

export type WorkdayCount =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly uncoveredYear: number };

/**
 * The working days from `from` (counted) to `to` (not counted); 0 when `to` is not after `from`.
 * Every day of the span must be covered by the calendar, else the first uncovered year is named.
 */
export function workdaysBetween(calendar: WorkdayCalendar, from: string, to: string): WorkdayCount {
  let count = 0;
  for (let day = dayNumber(from); day < dayNumber(to); day += 1) {
    const date = isoFromDayNumber(day);
    const work = calendar.isWorkday(date);
    if (work === undefined) return { ok: false, uncoveredYear: yearOf(date) };
    if (work) count += 1;
  }
  return { ok: true, count };
}

let defaultCalendar: WorkdayCalendar | undefined;

/** One shared, memoised calendar: the holiday data never changes while the app runs. */
export function defaultWorkdayCalendar(): WorkdayCalendar {
  defaultCalendar ??= chineseDaysCalendar();
  return defaultCalendar;
}
