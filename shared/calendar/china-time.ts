/** China keeps one time zone, UTC+8, with no daylight saving, whatever the machine is set to. */
const chinaOffsetMs = 8 * 3_600_000;

/** The wall-clock time in China, as a Date whose UTC fields read it (Excel keeps no time zone). */
export function chinaWallClock(time: Date): Date {
  return new Date(time.getTime() + chinaOffsetMs);
}

/** `YYYY-MM-DD` of the calendar day in China. */
export function chinaDate(time: Date): string {
  return chinaWallClock(time).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` in China. */
export function chinaMinute(time: Date): string {
  return chinaWallClock(time).toISOString().slice(0, 16).replace('T', ' ');
}
