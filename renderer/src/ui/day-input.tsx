import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const dayFormat = 'YYYY-MM-DD';

/**
 * A day as the contract writes it (YYYY-MM-DD), for a Form.Item: antd's calendar in Chinese, as
 * everywhere else in the app. A native date input follows the browser's own language instead,
 * and showed mm/dd/yyyy on an English one.
 */
export function DayInput({
  id,
  value,
  onChange,
}: {
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (day: string | undefined) => void;
}) {
  return (
    <DatePicker
      {...(id === undefined ? {} : { id })}
      style={{ width: '100%' }}
      format={dayFormat}
      placeholder="年-月-日"
      value={value === undefined || value === '' ? null : dayjs(value, dayFormat)}
      onChange={(day) => onChange?.(day === null ? undefined : day.format(dayFormat))}
    />
  );
}
