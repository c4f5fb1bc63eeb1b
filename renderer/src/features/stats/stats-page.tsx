import { Select, Space, Statistic, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { yearRequirement } from '#shared/bank/index.ts';
import { useSnapshot } from '../../ui/session-context.tsx';
import { statYears } from '../../ui/stat-years.ts';
import { useTableHeight } from '../../ui/use-viewport-height.ts';
import { CategoriesTab, DepartmentsTab, ShortTab } from './stats-tabs.tsx';
import { yearStats } from './year-stats.ts';

/** 统计: a year's completion by department, hours by category, and who is short and by how much. */
export function StatsPage() {
  const snapshot = useSnapshot();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  // Chart and table end together at the bottom of the page: what sits above them (year and
  // figures, tabs) takes about 205 px; the table's own header about 40.
  const chartHeight = useTableHeight(206, 300);
  const tableHeight = chartHeight - 13;
  const years = useMemo(
    () => statYears(snapshot.staff, snapshot.claims, currentYear),
    [snapshot, currentYear],
  );
  const stats = useMemo(
    () =>
      yearStats(snapshot.rulebook, year, snapshot.staff, snapshot.claims, [
        ...snapshot.evaluations.values(),
      ]),
    [snapshot, year],
  );
  const tab = { stats, year, chartHeight, tableHeight };

  return (
    <div>
      <Space align="center" size="large" style={{ marginBottom: 12, width: '100%' }} wrap>
        <Space>
          <Typography.Text>年度</Typography.Text>
          <Select
            aria-label="年度"
            value={year}
            style={{ width: 110 }}
            onChange={(value: number) => setYear(value)}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
          />
        </Space>
        <Statistic title="在职人员" value={stats.people} suffix="人" />
        <Statistic title="已达标" value={stats.met} suffix="人" />
        <Statistic title="达标率" value={stats.rate} precision={1} suffix="%" />
        <Statistic
          title={`公需不足 ${yearRequirement.public} 学时`}
          value={stats.shortPublic}
          suffix="人"
        />
        <Statistic
          title={`专业不足 ${yearRequirement.professional} 学时`}
          value={stats.shortProfessional}
          suffix="人"
        />
      </Space>
      <Tabs
        items={[
          { key: 'departments', label: '各部门达标率', children: <DepartmentsTab {...tab} /> },
          { key: 'categories', label: '各类别学时', children: <CategoriesTab {...tab} /> },
          {
            key: 'short',
            label: `未达标人员（${stats.short.length}）`,
            children: <ShortTab {...tab} />,
          },
        ]}
      />
    </div>
  );
}
