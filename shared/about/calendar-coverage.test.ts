import { describe, expect, it } from 'vitest';
import { calendarWarning, chinaToday, lastCoveredYear } from './calendar-coverage.ts';

describe('lastCoveredYear', () => {
  it('is the latest year with a statutory holiday when the tables are given', () => {
    expect(lastCoveredYear({ holidays: { '2025-10-01': '国庆节', '2024-01-01': '元旦' } })).toBe(
      2025,
    );
  });

  it('reads the chinese-days tables the app ships when none are given', () => {
    expect(lastCoveredYear()).toBe(2026);
  });
});

describe('calendarWarning', () => {
  it('says nothing before October when next year is missing', () => {
    expect(calendarWarning('2026-09-30', 2026)).toBeNull();
  });

  it('warns from October when the calendar lacks next year', () => {
    expect(calendarWarning('2026-10-01', 2026)).toBe(
      '节假日日历只收录到 2026 年：2027 年 1 月起将无法判断培训是否按时备案。' +
        '请在年底前安装本程序的新版本。',
    );
  });

  it('says nothing in the last quarter when next year is covered', () => {
    expect(calendarWarning('2026-12-31', 2027)).toBeNull();
  });

  it('warns all year when the calendar lacks the current year', () => {
    expect(calendarWarning('2027-03-15', 2026)).toBe(
      '节假日日历只收录到 2026 年，无法判断 2027 年的培训是否按时备案。' +
        '请安装本程序的新版本（帮助 → 关于 可查看当前版本）。',
    );
  });
});

describe('chinaToday', () => {
  it('is already the next day in China when it is evening in UTC', () => {
    expect(chinaToday(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
  });
});
