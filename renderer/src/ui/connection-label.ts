import type { PlatformConnection } from '../data/sync/platform-connection.ts';
import { formatTime } from './format.ts';

export interface ConnectionLabel {
  readonly text: string;
  readonly tone: 'success' | 'warning' | 'default' | 'processing';
}

/**
 * What the shell says about the connection: the computer's network first, then whether the
 * platform itself answers. `lastSuccessAt` (the last sync) stands in for the last contact when
 * this session has not reached the platform yet.
 */
export function connectionLabel(
  isNetworkUp: boolean,
  connection: PlatformConnection,
  lastSuccessAt: string | null,
): ConnectionLabel {
  if (!isNetworkUp) return { text: '离线', tone: 'default' };
  switch (connection.reach) {
    case 'answering':
      return { text: '在线', tone: 'success' };
    case 'unknown':
      return { text: '正在连接省平台…', tone: 'processing' };
    case 'unreachable': {
      const last = connection.lastContactAt ?? lastSuccessAt;
      return {
        text: `省平台无法连接（${last === null ? '尚未联系上' : `上次联系 ${formatTime(last)}`}）`,
        tone: 'warning',
      };
    }
  }
}
