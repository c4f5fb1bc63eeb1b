/**
 * The day an integrity record (诚信档案) made at `recordedMs` ends: the day in China Standard
 * Time (UTC+8) on which the server applied the decision, plus 3 years (README, Decisions added in
 * 1.1). A record made on 29 February ends on 28 February, the last day of that month.
 */
export function integrityUntil(recordedMs: number): string {
  const cst = new Date(recordedMs + 8 * 3600_000);
  const year = cst.getUTCFullYear() + 3;
  const month = cst.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(cst.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** The date in China Standard Time of an instant, YYYY-MM-DD. */
export function chinaDateOf(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}
