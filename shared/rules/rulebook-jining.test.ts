import { describe, expect, it } from 'vitest';
import type { Claim } from '../contract/index.ts';
import type { WorkdayCalendar } from '../calendar/working-days.ts';
import { evaluateAll } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';
import type { Evaluation } from './types.ts';

const one = (claim: Claim, calendar?: WorkdayCalendar): Evaluation => {
  const [result] = evaluateAll('jining-2020', [claim], calendar === undefined ? {} : { calendar });
  if (result === undefined) throw new Error('no result');
  return result;
};

// Monday 2025-06-16: its fifth working day before is Monday 2025-06-09.
const training = (filedAt?: string): Claim =>
  claimOf({
    category: 'training',
    claimedHours: 16,
    startDate: '2025-06-16',
    endDate: '2025-06-17',
    ...(filedAt === undefined ? {} : { details: { filedAt } }),
  });

describe('jining-2020 rulebook', () => {
  it.each([
    ['national', 30],
    ['provincial', 20],
    ['city', 10],
    ['county', 5],
  ] as const)(
    'credits a %s competition as %i professional hours (分别抵扣30、20、10、5的专业科目)',
    (level, hours) => {
      const result = one(claimOf({ category: 'competition', details: { level } }));
      expect(result).toMatchObject({
        suggestion: 'approve',
        credited: { public: 0, professional: hours },
      });
      expect(result.findings).toEqual([]);
    },
  );

  it('approves training filed exactly five working days before it starts (开班5个工作日前备案)', () => {
    const result = one(training('2025-06-09'));
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 0, professional: 16 },
    });
  });

  it('rejects training filed later than five working days before it starts (事前不备案的项目不得认定继续教育学时)', () => {
    const result = one(training('2025-06-10'));
    expect(result).toMatchObject({
      suggestion: 'reject',
      credited: { public: 0, professional: 0 },
    });
    expect(result.findings[0]).toMatchObject({
      code: 'NOT_FILED_IN_TIME',
      severity: 'error',
      citation: '济宁市人社局2020年度继续教育通知 五',
    });
    expect(result.findings[0]?.message).toContain('2025-06-09');
  });

  it('asks no evidence of a unit-filed claim and reads its filing date', () => {
    const filed = { ...training('2025-06-09'), attachments: [], filedBy: 'unit' as const };
    expect(one(filed)).toEqual({ ...one(training('2025-06-09')), claimId: filed.id });
    const late = { ...training('2025-06-10'), attachments: [], filedBy: 'unit' as const };
    expect(one(late).findings.map((f) => f.code)).toEqual(['NOT_FILED_IN_TIME']);
  });

  it('still asks evidence of a claim a person filed without attachments', () => {
    const own = { ...training('2025-06-09'), attachments: [], filedBy: 'staff' as const };
    expect(one(own).findings.map((f) => f.code)).toEqual(['MISSING_EVIDENCE']);
  });

  it('rejects training with no filing date at all', () => {
    expect(one(training()).findings.map((f) => f.code)).toEqual(['NOT_FILED_IN_TIME']);
  });

  it('counts the statutory holiday calendar when the course starts after National Day', () => {
    // 10-01..08 off, Sunday 09-28 worked: the fifth working day before 10-09 is 09-25.
    const course = (filedAt: string): Claim =>
      claimOf({
        category: 'training',
        startDate: '2025-10-09',
        endDate: '2025-10-09',
        details: { filedAt },
      });
    expect(one(course('2025-09-25')).suggestion).toBe('approve');
    expect(one(course('2025-09-26')).suggestion).toBe('reject');
  });

  it('sends training to manual review when the calendar does not cover the year', () => {
    const result = one(
      claimOf({
        category: 'training',
        year: 2031,
        startDate: '2031-03-10',
        endDate: '2031-03-10',
        details: { filedAt: '2031-02-01' },
      }),
    );
    expect(result).toMatchObject({
      suggestion: 'manual',
      credited: { public: 0, professional: 8 },
    });
    expect(result.findings[0]).toMatchObject({ code: 'CALENDAR_UNKNOWN' });
    expect(result.findings[0]?.message).toContain('2031');
  });

  it('asks the injected calendar instead of the library when one is given', () => {
    const everyDayOff: WorkdayCalendar = {
      isWorkday: (date) => (date < '2025-01-01' ? undefined : false),
    };
    expect(one(training('2025-06-01'), everyDayOff).findings[0]?.code).toBe('CALENDAR_UNKNOWN');
  });

  it('keeps the province daily cap for training', () => {
    const result = one({ ...training('2025-06-01'), claimedHours: 20 });
    expect(result.credited).toEqual({ public: 0, professional: 16 });
    expect(result.findings.map((f) => f.code)).toEqual(['DAILY_CAP']);
  });
});
