import { Form, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSession } from '../../ui/session-context.tsx';
import { saveEndOfDay, watchEndOfDay } from '../../data/sync/end-of-day-setting.ts';
import { defaultEndOfDay, nextSyncAt, type EndOfDaySetting } from '../../data/sync/schedule.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { formatTime } from '../../ui/format.ts';

export function useEndOfDaySetting(): [EndOfDaySetting, (next: EndOfDaySetting) => void] {
  const { db } = useSession();
  const setting = useObservable(() => watchEndOfDay(db), [db], defaultEndOfDay);
  return [setting, (next) => void saveEndOfDay(db, next)];
}

/** Runs the sync on its own at the end-of-day time (with jitter) while the app is open. */
export function useEndOfDaySync(syncNow: () => Promise<void>): Date | null {
  const [setting] = useEndOfDaySetting();
  const [round, setRound] = useState(0);
  // `round` moves the plan on after each automatic sync.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const next = useMemo(() => nextSyncAt(new Date(), setting), [setting, round]);
  useEffect(() => {
    if (next === null) return undefined;
    // Timers are capped near 24.8 days; a day ahead at most is far below that.
    const timer = setTimeout(() => {
      void syncNow().finally(() => setRound((r) => r + 1));
    }, next.getTime() - Date.now());
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-plan only when the plan changes
  }, [next]);
  return next;
}

export function EndOfDayForm({ next }: { readonly next: Date | null }) {
  const [setting, save] = useEndOfDaySetting();
  return (
    <Form layout="inline">
      <Form.Item label="下班自动同步">
        <Switch
          checked={setting.enabled}
          onChange={(enabled) => save({ ...setting, enabled })}
          aria-label="下班自动同步"
        />
      </Form.Item>
      <Form.Item label="同步时间">
        <TimePicker
          format="HH:mm"
          allowClear={false}
          value={dayjs(setting.time, 'HH:mm')}
          onChange={(value: dayjs.Dayjs | null) => {
            if (value !== null) save({ ...setting, time: value.format('HH:mm') });
          }}
          aria-label="同步时间"
        />
      </Form.Item>
      <Typography.Text type="secondary">
        {setting.enabled && next !== null
          ? `下次自动同步：${formatTime(next.toISOString())}（随机错开 ${setting.jitterMinutes} 分钟内，避免全省同时上传）`
          : '已关闭自动同步'}
      </Typography.Text>
    </Form>
  );
}
