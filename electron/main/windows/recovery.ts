import { app, dialog, type BrowserWindow } from 'electron';
import { missingCaseError } from '../../../shared/errors/result.ts';
import type { AppLog } from '../services/logging.ts';
import {
  planAfterRendererGone,
  planWhenUnresponsive,
  recentCrashTimes,
  recoveryChoiceLabels,
  type RecoveryPlan,
} from './recovery-plan.ts';

/** Logs a lost or hung page and asks the reviewer what to do, as recovery-plan.ts decides. */
export function watchRendererHealth(window: BrowserWindow, appLog: AppLog): void {
  let crashTimes: number[] = [];
  let hangDialog: AbortController | null = null;

  async function carryOut(plan: RecoveryPlan, signal?: AbortSignal): Promise<void> {
    appLog.write(plan.log.level, 'window', plan.log.message);
    const { prompt } = plan;
    if (prompt === null || window.isDestroyed()) return;
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      title: '继续教育学时审核',
      message: prompt.message,
      detail: prompt.detail,
      buttons: prompt.choices.map((choice) => recoveryChoiceLabels[choice]),
      defaultId: 0,
      cancelId: prompt.choices.indexOf(prompt.cancel),
      noLink: true,
      ...(signal === undefined ? {} : { signal }),
    });
    // The page answered again and the question was withdrawn.
    if (signal?.aborted === true || window.isDestroyed()) return;
    const choice = prompt.choices[response] ?? prompt.cancel;
    appLog.write('info', 'window', `recovery choice: ${choice}`);
    switch (choice) {
      case 'reload':
        window.webContents.reload();
        return;
      case 'quit':
        app.quit();
        return;
      case 'wait':
        return;
      default:
        throw missingCaseError(choice);
    }
  }

  window.webContents.on('render-process-gone', (_event, details) => {
    crashTimes = recentCrashTimes(crashTimes, Date.now());
    void carryOut(planAfterRendererGone(details, crashTimes.length));
  });
  window.on('unresponsive', () => {
    if (hangDialog !== null) return;
    hangDialog = new AbortController();
    void carryOut(planWhenUnresponsive(), hangDialog.signal).finally(() => {
      hangDialog = null;
    });
  });
  window.on('responsive', () => {
    appLog.write('info', 'window', 'renderer responsive again');
    hangDialog?.abort();
  });
}
