import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { yearOf } from '../calendar/iso-date.ts';

interface HolidayTables {
  readonly holidays: Readonly<Record<string, string>>;
}

/**
 * The last year the statutory holiday tables cover. A year counts as covered when the tables list
 * a statutory holiday in it, the same test shared/calendar's `tableCalendar` applies.
 */
export function lastCoveredYear(tables: HolidayTables = holidayData): number {
  let last = 0;
  for (const date of Object.keys(tables.holidays)) last = Math.max(last, yearOf(date));
  return last;
}

/** From October the filing checks reach into next year: Jining's deadline counts working days. */
const warningFromMonth = 10;

/**
 * The shell's warning when the calendar will not (or no longer does) cover the days the filing
 * checks count, or null. `today` is `YYYY-MM-DD` in China time.
 */
export function calendarWarning(today: string, lastYear: number): string | null {
  const year = yearOf(today);
  if (lastYear < year) {
    return (
      `节假日日历只收录到 ${lastYear} 年，无法判断 ${year} 年的培训是否按时备案。` +
      '请安装本程序的新版本（帮助 → 关于 可查看当前版本）。'
    );
  }
  const month = Number(today.slice(5, 7));
  if (month >= warningFromMonth && lastYear < year + 1) {
    return (
      `节假日日历只收录到 ${lastYear} 年：${year + 1} 年 1 月起将无法判断培训是否按时备案。` +
      '请在年底前安装本程序的新版本。'
    );
  }
  return null;
}

/** Today's date in China (UTC+8), whatever the machine's time zone. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
