/** Plain `YYYY-MM-DD` arithmetic in UTC days, so the host's time zone can never shift a date. */
const msPerDay = 86_400_000;

export function dayNumber(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return Date.UTC(y, m - 1, d) / msPerDay;
}

/** Whether text is `YYYY-MM-DD` and names a day that exists (no 2月30日). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(text) && isoFromDayNumber(dayNumber(text)) === text;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Calendar days from start to end, both counted (a one-day course is 1). */
export function daysInclusive(startDate: string, endDate: string): number {
  return dayNumber(endDate) - dayNumber(startDate) + 1;
}
