import { Alert } from 'antd';
import { useMemo } from 'react';
import type { RulebookId } from '#shared/contract/index.ts';
import { checkFiling, defaultWorkdayCalendar, rulebooks } from '#shared/rules/index.ts';

/**
 * The working days left before the start, counted live as the date is typed with the statutory
 * holiday calendar (shared/rules/filing.ts). Where the rulebook asks a filing N working days
 * ahead (Jining: 5, 001 五) and fewer remain, it warns in red: the hours would not be recognised.
 */
export function FilingDays({
  rulebook,
  today,
  startDate,
}: {
  readonly rulebook: RulebookId;
  readonly today: string;
  readonly startDate: string | undefined;
}) {
  const check = useMemo(
    () =>
      startDate === undefined || startDate <= today
        ? undefined
        : checkFiling(rulebooks[rulebook], today, startDate, defaultWorkdayCalendar()),
    [rulebook, today, startDate],
  );
  if (check === undefined || startDate === undefined) return null;
  if (check.workingDaysBefore === null) {
    return (
      <Alert
        type="warning"
        showIcon
        title={`本机的法定节假日安排尚未覆盖到 ${startDate.slice(0, 4)} 年，无法计算距开班的工作日；请按人社部门公布的放假安排自行核对。`}
      />
    );
  }
  const count = `今天（${today}）距开班（${startDate}）还有 ${check.workingDaysBefore} 个工作日（按国家法定节假日和调休安排计算）。`;
  if (check.required === null) return <Alert type="info" showIcon title={count} />;
  const deadline = check.deadline === null ? '' : `最迟备案日期为 ${check.deadline}。`;
  if (check.workingDaysBefore < check.required) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={`距开班不足 ${check.required} 个工作日：此项目的学时将不被认定`}
        description={`${count}${deadline}依据${check.citation ?? ''}：培训项目应于开班 ${check.required} 个工作日前通过平台备案，事前不备案的项目不得认定继续教育学时。请推迟开班日期，或知悉后果后再备案。`}
      />
    );
  }
  return <Alert type="success" showIcon title={`${count}${deadline}`} />;
}
