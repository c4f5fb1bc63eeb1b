import { describe, expect, it } from 'vitest';
import {
  crashWindowMs,
  planAfterRendererGone,
  planWhenUnresponsive,
  recentCrashTimes,
} from './recovery-plan.ts';

const safeWork = '已做出的审核结果都保存在本机，重新加载不会丢失。';
const askSupport = '如反复出现，请在 帮助 → 导出诊断信息 中保存诊断包，发给技术支持。';

describe('planAfterRendererGone', () => {
  it('logs the crash and offers reloading first when the page crashed once', () => {
    expect(planAfterRendererGone({ reason: 'crashed', exitCode: 139 }, 1)).toEqual({
      log: { level: 'error', message: 'renderer gone: crashed (exit code 139, 1 within 10 min)' },
      prompt: {
        message: '程序页面意外关闭（崩溃）。',
        detail: `${safeWork}${askSupport}`,
        choices: ['reload', 'quit'],
        cancel: 'reload',
      },
    });
  });

  it('names the lack of memory when the page ran out of it', () => {
    const plan = planAfterRendererGone({ reason: 'oom', exitCode: -536870904 }, 2);
    expect(plan.prompt?.message).toBe('程序页面意外关闭（内存不足）。');
    expect(plan.prompt?.choices).toEqual(['reload', 'quit']);
  });

  it('offers quitting first when the page keeps dying', () => {
    expect(planAfterRendererGone({ reason: 'crashed', exitCode: 1 }, 4)).toEqual({
      log: { level: 'error', message: 'renderer gone: crashed (exit code 1, 4 within 10 min)' },
      prompt: {
        message: '程序页面意外关闭（崩溃）。',
        detail: `页面在短时间内已多次关闭。${safeWork}建议退出后重新打开程序；${askSupport}`,
        choices: ['quit', 'reload'],
        cancel: 'quit',
      },
    });
  });

  it('offers no reload when the program files fail their integrity check', () => {
    expect(planAfterRendererGone({ reason: 'integrity-failure', exitCode: 0 }, 1)).toEqual({
      log: {
        level: 'error',
        message: 'renderer gone: integrity-failure (exit code 0, 1 within 10 min)',
      },
      prompt: {
        message: '程序文件已损坏，无法继续运行。',
        detail: `请重新安装本程序。已做出的审核结果都保存在本机，重新安装不会丢失。${askSupport}`,
        choices: ['quit'],
        cancel: 'quit',
      },
    });
  });

  it('only notes a clean exit, which is the app closing', () => {
    expect(planAfterRendererGone({ reason: 'clean-exit', exitCode: 0 }, 1)).toEqual({
      log: { level: 'info', message: 'renderer gone: clean-exit (exit code 0, 1 within 10 min)' },
      prompt: null,
    });
  });
});

describe('planWhenUnresponsive', () => {
  it('warns in the log and offers waiting before reloading', () => {
    expect(planWhenUnresponsive()).toEqual({
      log: { level: 'warn', message: 'renderer unresponsive' },
      prompt: {
        message: '程序暂时没有响应。',
        detail: `可能正在处理大量数据，可以继续等待；如一直没有响应，可重新加载页面。${safeWork}`,
        choices: ['wait', 'reload'],
        cancel: 'wait',
      },
    });
  });
});

describe('recentCrashTimes', () => {
  it('forgets losses older than the window and adds the new one', () => {
    const now = 50 * crashWindowMs;
    expect(recentCrashTimes([now - crashWindowMs - 1, now - 1000], now)).toEqual([now - 1000, now]);
  });
});
