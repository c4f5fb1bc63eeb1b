import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDayNumber, dayNumber } from '../calendar/iso-date.ts';
import { chineseDaysCalendar } from '../calendar/working-days.ts';
import { evaluateAll } from './evaluate-all.ts';
import { checkFiling, filingRuleOf } from './filing.ts';
import { rulebookOf } from './rulebooks.ts';
import { claimOf } from './test-support.ts';

const calendar = chineseDaysCalendar();
const jining = rulebookOf('jining-2020');
const citation = '济宁市人社局2020年度继续教育通知 五';

// 2025 National Day: 1–8 October off; Sunday 28 September and Saturday 11 October worked (调休).
describe('checkFiling across the holiday calendar', () => {
  it('counts only four working days when a Friday filing precedes the National Day week', () => {
    // Fri 26 Sep → Thu 9 Oct: 26th, Sun 28th (worked), 29th, 30th. Thirteen calendar days, late.
    expect(checkFiling(jining, '2025-09-26', '2025-10-09', calendar)).toEqual({
      workingDaysBefore: 4,
      deadline: '2025-09-25',
      required: 5,
      inTime: false,
      citation,
    });
  });

  it('is in time when the same Friday filing is for a class after the make-up Saturday', () => {
    // Fri 26 Sep → Mon 13 Oct: 26th, 28th, 29th, 30th, 9th, 10th, Sat 11th (worked).
    expect(checkFiling(jining, '2025-09-26', '2025-10-13', calendar)).toEqual({
      workingDaysBefore: 7,
      deadline: '2025-09-29',
      required: 5,
      inTime: true,
      citation,
    });
  });

  it('counts a make-up working Saturday (调休) and can make it the deadline itself', () => {
    // Sat 11 Oct is worked: five working days before Fri 17 Oct are 16th, 15th, 14th, 13th, 11th.
    expect(checkFiling(jining, '2025-10-11', '2025-10-17', calendar)).toEqual({
      workingDaysBefore: 5,
      deadline: '2025-10-11',
      required: 5,
      inTime: true,
      citation,
    });
    // An ordinary Saturday is no working day: Sat 18 Oct → Fri 24 Oct has only Mon–Thu.
    expect(checkFiling(jining, '2025-10-18', '2025-10-24', calendar)).toMatchObject({
      workingDaysBefore: 4,
      deadline: '2025-10-17',
      inTime: false,
    });
  });

  it('says it cannot judge rather than guessing when the calendar does not cover the year', () => {
    // chinese-days has no table for 2027 yet: its holidays are not known.
    expect(checkFiling(jining, '2026-12-21', '2027-01-11', calendar)).toEqual({
      workingDaysBefore: null,
      deadline: null,
      required: 5,
      inTime: null,
      citation,
    });
  });

  it('still judges a filing made long before the deadline when only the filing year is uncovered', () => {
    // 2003 has no table, so the count is unknown; the deadline in 2004 is known, and earlier.
    expect(checkFiling(jining, '2003-12-30', '2004-03-15', calendar)).toMatchObject({
      workingDaysBefore: null,
      deadline: '2004-03-08',
      inTime: true,
    });
  });

  it('counts nothing and is late when the filing comes on or after the start', () => {
    expect(checkFiling(jining, '2025-06-20', '2025-06-16', calendar)).toMatchObject({
      workingDaysBefore: 0,
      deadline: '2025-06-09',
      inTime: false,
    });
  });

  it('gives the count but no deadline when the rulebook sets no filing rule', () => {
    expect(filingRuleOf(rulebookOf('weihai-2022'))).toBeUndefined();
    expect(checkFiling(rulebookOf('weihai-2022'), '2025-09-26', '2025-10-13', calendar)).toEqual({
      workingDaysBefore: 7,
      deadline: null,
      required: null,
      inTime: null,
      citation: null,
    });
  });

  it('is in time exactly when at least the required working days remain, on any covered dates', () => {
    const day = fc.integer({ min: dayNumber('2024-01-15'), max: dayNumber('2026-12-20') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (start, before) => {
        const check = checkFiling(
          jining,
          isoFromDayNumber(start - before),
          isoFromDayNumber(start),
          calendar,
        );
        expect(check.inTime).toBe((check.workingDaysBefore ?? -1) >= 5);
      }),
    );
  });

  it('agrees with the rule engine, which reads NOT_FILED_IN_TIME from the same deadline', () => {
    const late = (filedAt: string): boolean => {
      const claim = claimOf({
        category: 'training',
        startDate: '2025-10-09',
        endDate: '2025-10-09',
        details: { filedAt },
      });
      const [result] = evaluateAll('jining-2020', [claim], { calendar });
      return result?.findings.some((f) => f.code === 'NOT_FILED_IN_TIME') ?? false;
    };
    for (const filed of ['2025-09-24', '2025-09-25', '2025-09-26', '2025-09-28']) {
      expect(late(filed)).toBe(checkFiling(jining, filed, '2025-10-09', calendar).inTime === false);
    }
  });
});
