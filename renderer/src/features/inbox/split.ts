/** The claim view's split, in percent of its width (split-panes.tsx draws it). */
export interface Split {
  readonly listPercent: number;
  readonly decisionPercent: number;
}

export const bounds = { list: [15, 60], decision: [20, 50] } as const;
/** The evidence keeps at least this share, whatever the other two take. */
const minEvidence = 25;

/** The split with one side moved, kept within its bounds and the evidence's minimum. */
export function moved(split: Split, side: 'list' | 'decision', percent: number): Split {
  const [low, high] = bounds[side];
  const other = side === 'list' ? split.decisionPercent : split.listPercent;
  const value = Math.round(Math.min(high, 100 - minEvidence - other, Math.max(low, percent)));
  return side === 'list' ? { ...split, listPercent: value } : { ...split, decisionPercent: value };
}
