import { missingCaseError } from '../../../shared/errors/result.ts';

/**
 * What main does when the page dies or hangs, decided here without Electron so each case is
 * tested: what to write to the log, and what to ask the reviewer. Decisions already made are in
 * the local database the moment the reviewer makes them, so reloading the page loses none.
 */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

export type RecoveryChoice = 'reload' | 'wait' | 'quit';

export const recoveryChoiceLabels: Record<RecoveryChoice, string> = {
  reload: '重新加载',
  wait: '继续等待',
  quit: '退出程序',
};

export interface RecoveryPlan {
  readonly log: { readonly level: 'info' | 'warn' | 'error'; readonly message: string };
  /** null when there is nothing to ask (the page ended because the app is closing). */
  readonly prompt: {
    readonly message: string;
    readonly detail: string;
    /** The first is the default. */
    readonly choices: readonly RecoveryChoice[];
    /** What closing the dialog (Esc) means. */
    readonly cancel: RecoveryChoice;
  } | null;
}

/** More losses than this within `crashWindowMs` and reloading is no longer offered first. */
export const maxCrashesBeforeQuit = 3;
export const crashWindowMs = 10 * 60_000;

const reasonLabels: Record<GoneReason, string> = {
  'clean-exit': '正常退出',
  'abnormal-exit': '异常退出',
  killed: '被系统或其他程序结束',
  crashed: '崩溃',
  oom: '内存不足',
  'launch-failed': '无法启动',
  'integrity-failure': '程序文件校验失败',
  'memory-eviction': '系统内存紧张被回收',
};

const saved = (step: string) => `已做出的审核结果都保存在本机，${step}不会丢失。`;
const askSupport = '如反复出现，请在 帮助 → 导出诊断信息 中保存诊断包，发给技术支持。';

/**
 * `recentCrashes`: how many times the page was lost within `crashWindowMs`, this one included.
 */
export function planAfterRendererGone(
  details: { readonly reason: GoneReason; readonly exitCode: number },
  recentCrashes: number,
): RecoveryPlan {
  const { reason, exitCode } = details;
  const logMessage = `renderer gone: ${reason} (exit code ${exitCode}, ${recentCrashes} within ${crashWindowMs / 60_000} min)`;
  switch (reason) {
    case 'clean-exit':
      return { log: { level: 'info', message: logMessage }, prompt: null };
    case 'integrity-failure':
      // The installed files were changed: loading them again cannot help.
      return {
        log: { level: 'error', message: logMessage },
        prompt: {
          message: '程序文件已损坏，无法继续运行。',
          detail: `请重新安装本程序。${saved('重新安装')}${askSupport}`,
          choices: ['quit'],
          cancel: 'quit',
        },
      };
    case 'abnormal-exit':
    case 'killed':
    case 'crashed':
    case 'oom':
    case 'launch-failed':
    case 'memory-eviction': {
      const isLooping = recentCrashes > maxCrashesBeforeQuit;
      return {
        log: { level: 'error', message: logMessage },
        prompt: {
          message: `程序页面意外关闭（${reasonLabels[reason]}）。`,
          detail: isLooping
            ? `页面在短时间内已多次关闭。${saved('重新加载')}建议退出后重新打开程序；${askSupport}`
            : `${saved('重新加载')}${askSupport}`,
          choices: isLooping ? ['quit', 'reload'] : ['reload', 'quit'],
          cancel: isLooping ? 'quit' : 'reload',
        },
      };
    }
    default:
      throw missingCaseError(reason);
  }
}

/** The page has not answered for a while (a long import, or a hang). */
export function planWhenUnresponsive(): RecoveryPlan {
  return {
    log: { level: 'warn', message: 'renderer unresponsive' },
    prompt: {
      message: '程序暂时没有响应。',
      detail: `可能正在处理大量数据，可以继续等待；如一直没有响应，可重新加载页面。${saved('重新加载')}`,
      choices: ['wait', 'reload'],
      cancel: 'wait',
    },
  };
}

/** The times of page losses still inside the window, the new one added. */
export function recentCrashTimes(previous: readonly number[], now: number): number[] {
  return [...previous.filter((time) => now - time < crashWindowMs), now];
}
