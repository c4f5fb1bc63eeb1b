import type { EvidencePrefetchState } from '../../data/sync/evidence-prefetch.ts';
import { formatCount } from '../../ui/format.ts';

/** The line under 证明材料 on the 同步 page: what the background download is doing. */
export function evidenceProgressText(state: EvidencePrefetchState): string {
  const of = `${formatCount(state.fetched)} / ${formatCount(state.total)} 个文件`;
  const refused =
    state.refused > 0 ? `；${formatCount(state.refused)} 个文件与申报所附不一致，未保存` : '';
  switch (state.phase) {
    case 'idle':
      return '联网登录或同步后，待审申报的证明材料会在后台自动下载。';
    case 'running':
      return `正在后台下载待审申报的证明材料：${of}${refused}。不影响审核和同步。`;
    case 'done':
      // A round with nothing new to fetch (all already here) does not say 0 / 0.
      return state.total === 0
        ? '待审申报的证明材料已下载到本机，没有需要新下载的文件。'
        : `待审申报的证明材料已下载到本机（本轮 ${of}）${refused}。`;
    case 'stopped':
    case 'full':
      return `下载暂停：${state.problem ?? '原因不明'}（本轮 ${of}）`;
  }
}
