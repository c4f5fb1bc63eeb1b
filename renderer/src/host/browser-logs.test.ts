import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendBrowserLog, maxBrowserLogLines, readBrowserLog } from './browser-logs.ts';

describe('browser log', () => {
  it('keeps the newest lines, oldest first, when more than the bound are written', async () => {
    const now = new Date('2026-11-30T08:00:00Z');
    for (let i = 1; i <= maxBrowserLogLines + 5; i += 1) {
      await appendBrowserLog('info', 'test', `line ${i}`, now);
    }
    const lines = (await readBrowserLog()).split('\n');
    expect(lines).toHaveLength(maxBrowserLogLines);
    expect(lines[0]).toBe('[2026-11-30T08:00:00.000Z] [info] (test) line 6');
    expect(lines.at(-1)).toBe(
      `[2026-11-30T08:00:00.000Z] [info] (test) line ${maxBrowserLogLines + 5}`,
    );
  });

  it('stores a line with personal numbers already redacted', async () => {
    await appendBrowserLog('error', 'page:staff', '37060219800101008X 13800138000');
    expect((await readBrowserLog()).split('\n').at(-1)).toMatch(
      /\[error\] \(page:staff\) \[身份证号\] \[电话\]$/,
    );
  });
});
