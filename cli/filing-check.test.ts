import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from './filing-check.ts';

const jining = ['--rulebook', 'jining-2020'];

/** `npm run --silent ce -- filing-check … --json`, exactly as other tools call it. */
async function throughNpm(args: readonly string[]): Promise<{ code: number; stdout: string }> {
  const command = ['run', '--silent', 'ce', '--', 'filing-check', ...args, '--json'];
  return promisify(execFile)('npm', command).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: unknown) => {
      const { code, stdout } = error as { code: number; stdout: string };
      return { code, stdout };
    },
  );
}

describe('ce filing-check', () => {
  it('prints exactly one JSON object in the agreed field order when asked for --json', async () => {
    const outcome = await run([
      ...jining,
      '--filed',
      '2025-09-26',
      '--start',
      '2025-10-13',
      '--json',
    ]);
    expect(outcome).toEqual({
      exitCode: 0,
      stdout:
        '{"workingDaysBefore":7,"deadline":"2025-09-29","required":5,"inTime":true,"citation":"济宁市人社局2020年度继续教育通知 五"}\n',
    });
  });

  it('prints nulls where the calendar does not reach, never a guess', async () => {
    const outcome = await run([...jining, '--filed=2026-12-21', '--start=2027-01-11', '--json']);
    expect(JSON.parse(outcome.stdout ?? '')).toEqual({
      workingDaysBefore: null,
      deadline: null,
      required: 5,
      inTime: null,
      citation: '济宁市人社局2020年度继续教育通知 五',
    });
  });

  it('says the same in Chinese when --json is left out', async () => {
    const outcome = await run([...jining, '--filed', '2025-09-30', '--start', '2025-10-13']);
    expect(outcome).toEqual({
      exitCode: 0,
      stdout:
        '开班前的工作日（含备案当天）：4 个\n要求：开班前 5 个工作日备案（济宁市人社局2020年度继续教育通知 五）\n最晚备案日期：2025-09-29\n是否按时：否，逾期备案\n',
    });
  });

  it.each([
    [
      ['--rulebook', 'beijing-2030', '--filed', '2025-09-26', '--start', '2025-10-13'],
      '未知的规则集',
    ],
    [[...jining, '--start', '2025-10-13'], '缺少 --filed（备案日期，YYYY-MM-DD）'],
    [[...jining, '--filed', '2025-09-26'], '缺少 --start（开班日期，YYYY-MM-DD）'],
    [
      [...jining, '--filed', '2025-02-29', '--start', '2025-10-13'],
      '备案日期 2025-02-29 不是有效日期',
    ],
    [
      [...jining, '--filed', '26/09/2025', '--start', '2025-10-13'],
      '备案日期 26/09/2025 不是有效日期',
    ],
    [[...jining, '--filed', '2025-09-26', '--start', '2025-10-13', 'x'], '多余的参数 x'],
    [[...jining, '--filed', '2025-09-26', '--start', '2025-10-13', '--json=1'], '不带取值'],
    [
      [...jining, '--filed', '2025-09-26', '--start', '2025-10-13', '--year', '2025'],
      '不认识的选项 --year',
    ],
  ])('exits 2 with nothing on stdout when given %j', async (args, message) => {
    const outcome = await run(args);
    expect(outcome).toMatchObject({ exitCode: 2 });
    expect(outcome.stdout).toBeUndefined();
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).toContain('\nerror: ');
  });

  it('prints only the JSON line through the exact command other tools run', async () => {
    const outcome = await throughNpm([...jining, '--filed', '2025-09-26', '--start', '2025-10-09']);
    expect(outcome).toEqual({
      code: 0,
      stdout:
        '{"workingDaysBefore":4,"deadline":"2025-09-25","required":5,"inTime":false,"citation":"济宁市人社局2020年度继续教育通知 五"}\n',
    });
  });

  it('exits 2 through the exact command when a date is wrong', async () => {
    const outcome = await throughNpm([...jining, '--filed', '2025-13-01', '--start', '2025-10-09']);
    expect(outcome).toEqual({ code: 2, stdout: '' });
  });
});
