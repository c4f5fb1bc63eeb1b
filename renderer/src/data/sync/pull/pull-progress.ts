/** One collection's pull so far: records received and its own estimate of how far it has come. */
export interface CollectionProgress {
  readonly received: number;
  /** 0–100; 100 once the collection reached the end of the feed. */
  readonly percent: number;
}

/** The whole pull as the reviewer sees it. */
export interface CombinedProgress {
  readonly received: number;
  readonly percent: number;
  /** Estimated seconds to the end; null while there is too little to go on. */
  readonly secondsLeft: number | null;
}

/** Before this much time and progress an estimate of the time left says nothing. */
const minElapsedMs = 2000;
const minPercent = 2;

/**
 * The collections' progress as one figure. The contract gives no totals: each collection's
 * percent is estimated from how far its checkpoint's time has come towards the server's now, so
 * each one's total is estimated as received ÷ percent, and the whole as their sum. A collection
 * without an estimate yet counts by its percent alone, so the whole never shows done before it.
 */
export function combineProgress(
  parts: readonly CollectionProgress[],
  elapsedMs: number,
): CombinedProgress {
  const received = parts.reduce((sum, part) => sum + part.received, 0);
  const isDone = parts.every((part) => part.percent >= 100);
  let percent: number;
  if (isDone) percent = 100;
  else if (parts.some((part) => part.percent <= 0)) {
    percent = Math.floor(parts.reduce((sum, part) => sum + part.percent, 0) / parts.length);
  } else {
    const total = parts.reduce((sum, part) => sum + (part.received * 100) / part.percent, 0);
    percent = total === 0 ? 0 : Math.floor((received / total) * 100);
  }
  percent = isDone ? 100 : Math.min(99, Math.max(0, percent));
  const secondsLeft =
    isDone || percent < minPercent || elapsedMs < minElapsedMs
      ? null
      : Math.ceil(((elapsedMs / 1000) * (100 - percent)) / percent);
  return { received, percent, secondsLeft };
}
