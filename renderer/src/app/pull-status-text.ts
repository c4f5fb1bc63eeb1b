import type { BackgroundPullState } from '../data/sync/pull/background-pull.ts';
import { formatCount, formatSecondsLeft } from '../ui/format.ts';

/**
 * The strip's line while records come in. The platform gives no totals: the percent is estimated
 * from the records' times (pull-progress.ts), and says nothing while it is 0, as when every record
 * was stamped at once (a migration, the demo): then the line gives the count alone, never
 * "已收到 1,800 条，约 0%".
 */
export function pullStatusText(state: BackgroundPullState): string {
  const what = state.isFirstLoad ? '正在下载本单位的数据' : '正在更新本单位的数据';
  const far = state.percent > 0 ? `，约 ${String(state.percent)}%` : '';
  const left = state.secondsLeft === null ? '' : `，还需${formatSecondsLeft(state.secondsLeft)}`;
  return `${what}：已收到 ${formatCount(state.received)} 条${far}${left}。已到的申报可以先审核。`;
}
