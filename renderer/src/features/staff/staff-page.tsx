import { Badge, Tabs } from 'antd';
import { useMemo } from 'react';
import { useSnapshot } from '../../ui/session-context.tsx';
import { RegistrationReview } from './registration-review.tsx';
import { StaffDirectory } from './staff-directory-view.tsx';

/** 人员: the unit's staff directory with each person's bank, and registrations to review. */
export function StaffPage() {
  const snapshot = useSnapshot();
  const waiting = useMemo(
    () =>
      snapshot.staff.filter(
        (p) =>
          !p.deleted &&
          p.status === 'pending_registration' &&
          snapshot.decisions.get(p.id) === undefined,
      ).length,
    [snapshot],
  );
  return (
    <Tabs
      style={{ height: '100%' }}
      items={[
        { key: 'directory', label: '人员名录', children: <StaffDirectory /> },
        {
          key: 'registrations',
          label: (
            <span>
              注册审核 <Badge count={waiting} overflowCount={999} size="small" />
            </span>
          ),
          children: <RegistrationReview />,
        },
      ]}
    />
  );
}
