import { defaultWorkdayCalendar } from '../shared/calendar/working-days.ts';
import { checkFiling, type FilingCheck } from '../shared/rules/filing.ts';
import { rulebookOf } from '../shared/rules/rulebooks.ts';
import { dateOption, noPositional, parseOptions, rulebookOption } from './args.ts';
import type { CliCommand } from './io.ts';

/** The reviewer's reading of the same answer, for the terminal. */
function chineseSummary(check: FilingCheck): string {
  const known = (value: unknown, text: string): string =>
    value === null ? '无法判断（节假日日历未包含该年份）' : text;
  const lines = [
    `开班前的工作日（含备案当天）：${known(check.workingDaysBefore, `${String(check.workingDaysBefore)} 个`)}`,
  ];
  if (check.required === null) {
    lines.push('该规则集没有培训项目提前备案的规定。');
  } else {
    lines.push(
      `要求：开班前 ${String(check.required)} 个工作日备案（${check.citation ?? ''}）`,
      `最晚备案日期：${known(check.deadline, check.deadline ?? '')}`,
      `是否按时：${known(check.inTime, check.inTime === true ? '是' : '否，逾期备案')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `ce filing-check --rulebook <id> --filed <YYYY-MM-DD> --start <YYYY-MM-DD> [--json]`: whether a
 * training project filed on one day is in time for its start, by the statutory holiday calendar.
 * With --json it prints exactly one JSON object, which other tools read.
 */
export const run: CliCommand = (args) => {
  const parsed = parseOptions(args, ['rulebook', 'filed', 'start'], ['json']);
  if (!parsed.ok) return Promise.resolve(parsed.outcome);
  const rulebook = rulebookOption(parsed.value);
  if (!rulebook.ok) return Promise.resolve(rulebook.outcome);
  const filed = dateOption(parsed.value, 'filed', '备案日期');
  if (!filed.ok) return Promise.resolve(filed.outcome);
  const start = dateOption(parsed.value, 'start', '开班日期');
  if (!start.ok) return Promise.resolve(start.outcome);
  const stray = noPositional(parsed.value);
  if (!stray.ok) return Promise.resolve(stray.outcome);
  const check = checkFiling(
    rulebookOf(rulebook.value),
    filed.value,
    start.value,
    defaultWorkdayCalendar(),
  );
  const stdout = parsed.value.flags.has('json')
    ? `${JSON.stringify(check)}\n`
    : chineseSummary(check);
  return Promise.resolve({ exitCode: 0, stdout });
};
