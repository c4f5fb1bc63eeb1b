import { appError, err, ok, type Result } from '../../../shared/errors/result.ts';

/**
 * What Electron's print callback means to the reviewer. A cancelled dialog is no failure; any
 * other reason is, and Electron's English text goes to the detail only.
 */
export function printOutcome(success: boolean, failureReason: string): Result<{ done: boolean }> {
  if (success) return ok({ done: true });
  if (/cancel/i.test(failureReason)) return ok({ done: false });
  return err(
    appError(
      'internal',
      '打印失败。请检查打印机是否连接并已开机，或改用“导出 PDF”后再打印。',
      failureReason,
    ),
  );
}
