import { describe, expect, it } from 'vitest';
import { printOutcome } from './print-outcome.ts';

describe('printOutcome', () => {
  it('is done when the page was sent to the printer', () => {
    expect(printOutcome(true, '')).toEqual({ ok: true, value: { done: true } });
  });

  it('is simply not done when the reviewer cancelled the dialog', () => {
    expect(printOutcome(false, 'Print job canceled')).toEqual({ ok: true, value: { done: false } });
  });

  it('says in Chinese what to try when the printer failed', () => {
    expect(printOutcome(false, 'Print job failed')).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: '打印失败。请检查打印机是否连接并已开机，或改用“导出 PDF”后再打印。',
        detail: 'Print job failed',
      },
    });
  });
});
