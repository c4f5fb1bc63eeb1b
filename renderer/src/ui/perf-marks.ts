/**
 * User Timing marks at the moments a reviewer waits for: the inbox rows painted, a claim shown.
 * They cost nothing in use and let the benchmark time the real screens from inside the page.
 */
export type PerfMark =
  | 'ce:inbox-rows'
  | 'ce:claim-shown'
  | 'ce:filter'
  | 'ce:next'
  /** 登录 pressed. */
  | 'ce:sign-in'
  /** The first inbox rows of the session painted (not an empty list). */
  | 'ce:first-rows';

export function mark(name: PerfMark): void {
  performance.mark(name);
}

/** Marks once the frame after this commit has been painted. */
export function markAfterPaint(name: PerfMark): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}
