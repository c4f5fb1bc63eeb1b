import { Alert } from 'antd';
import { useState } from 'react';
import { calendarWarning, chinaToday, lastCoveredYear } from '#shared/about/calendar-coverage.ts';

/**
 * The shell's standing banner from October of a year whose next year the holiday calendar lacks
 * (and all year once it lacks the current one): filing checks then say they cannot judge.
 */
export function CalendarWarning({ now = new Date() }: { now?: Date }) {
  const [message] = useState(() => calendarWarning(chinaToday(now), lastCoveredYear()));
  if (message === null) return null;
  return <Alert type="warning" showIcon banner title={message} role="alert" />;
}
