import type { BrowserWindow } from 'electron';
import { appError, err, ok, type Result } from '../../../shared/errors/result.ts';
import { printOutcome } from './print-outcome.ts';
import { saveThroughDialog } from './save-dialog.ts';

type Printed = Result<{ done: boolean; fileName?: string }>;

const noWindow = err(appError('internal', '程序窗口已关闭，无法打印。请重新打开程序后再试。'));

/**
 * Prints the window as its print stylesheet lays it out (A4, the page's own orientation), to a
 * printer through the system dialog or to a PDF the reviewer saves.
 */
export async function printWindow(
  window: BrowserWindow | null,
  mode: 'printer' | 'pdf',
  suggestedName: string,
): Promise<Printed> {
  if (window === null || window.isDestroyed()) return noWindow;
  const contents = window.webContents;
  if (mode === 'printer') {
    return new Promise((resolve) => {
      contents.print({ silent: false, printBackground: true }, (success, reason) =>
        resolve(printOutcome(success, reason)),
      );
    });
  }
  const pdf = await contents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
  });
  const saved = await saveThroughDialog(window, suggestedName, pdf, [
    { name: 'PDF 文件', extensions: ['pdf'] },
  ]);
  return ok(
    saved.fileName === undefined
      ? { done: saved.saved }
      : { done: saved.saved, fileName: saved.fileName },
  );
}
