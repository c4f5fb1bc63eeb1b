import { describe, expect, it } from 'vitest';
import { daysInclusive } from './iso-date.ts';
import {
  chineseDaysCalendar,
  tableCalendar,
  workdaysBefore,
  workdaysBetween,
  type WorkdayCalendar,
} from './working-days.ts';

describe('workdaysBefore', () => {
  const calendar = chineseDaysCalendar();

  it('counts back five working days when the week has no holiday', () => {
    // Monday 2025-06-16: Mon 9th to Fri 13th are the five working days before it.
    expect(workdaysBefore(calendar, '2025-06-16', 5)).toEqual({ ok: true, date: '2025-06-09' });
  });

  it('skips the National Day holiday and counts the make-up Sunday when the week has 调休', () => {
    // 2025-10-01..08 are holidays; Sunday 2025-09-28 is a make-up working day.
    expect(workdaysBefore(calendar, '2025-10-09', 5)).toEqual({ ok: true, date: '2025-09-25' });
  });

  it('skips the Spring Festival week when counting back from a February start', () => {
    // 2024-02-10..17 are holidays; Sunday 2024-02-18 is a make-up working day, then 9th..6th.
    expect(workdaysBefore(calendar, '2024-02-19', 5)).toEqual({ ok: true, date: '2024-02-06' });
  });

  it('reports the uncovered year instead of counting weekdays when the calendar has no data', () => {
    expect(workdaysBefore(calendar, '2031-03-10', 5)).toEqual({ ok: false, uncoveredYear: 2031 });
  });

  it('reports the earlier year when the count crosses into a year the calendar lacks', () => {
    const onlyFrom2026: WorkdayCalendar = {
      isWorkday: (date) => (date < '2026-01-01' ? undefined : true),
    };
    expect(workdaysBefore(onlyFrom2026, '2026-01-03', 5)).toEqual({
      ok: false,
      uncoveredYear: 2025,
    });
  });
});

describe('workdaysBetween', () => {
  const calendar = chineseDaysCalendar();

  it('counts the first day and not the last, skipping holidays and counting 调休 days', () => {
    // 27 Sep, Sun 29 Sep (worked), 30 Sep, 8–11 Oct, Sat 12 Oct (worked); 1–7 Oct are off.
    expect(workdaysBetween(calendar, '2024-09-27', '2024-10-14')).toEqual({ ok: true, count: 8 });
  });

  it('counts nothing when the end is not after the start', () => {
    expect(workdaysBetween(calendar, '2025-06-16', '2025-06-16')).toEqual({ ok: true, count: 0 });
    expect(workdaysBetween(calendar, '2025-06-20', '2025-06-16')).toEqual({ ok: true, count: 0 });
  });

  it('names the first uncovered year instead of counting weekdays when the span leaves the tables', () => {
    expect(workdaysBetween(calendar, '2026-12-28', '2027-01-05')).toEqual({
      ok: false,
      uncoveredYear: 2027,
    });
  });
});

describe('daysInclusive', () => {
  it('counts both ends when a course spans a month boundary', () => {
    expect(daysInclusive('2025-01-30', '2025-02-02')).toBe(4);
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3);
  });
});

describe('tableCalendar', () => {
  it('reads weekends, holidays and make-up working days from the tables when the year is listed', () => {
    const calendar = tableCalendar({
      holidays: { '2025-10-01': '国庆节' },
      workdays: { '2025-09-28': '国庆节' },
    });
    expect(calendar.isWorkday('2025-09-27')).toBe(false); // Saturday
    expect(calendar.isWorkday('2025-09-28')).toBe(true); // Sunday worked
    expect(calendar.isWorkday('2025-09-29')).toBe(true); // Monday
    expect(calendar.isWorkday('2025-10-01')).toBe(false); // holiday on a Wednesday
    expect(calendar.isWorkday('2024-10-01')).toBeUndefined(); // no table for 2024
  });
});
