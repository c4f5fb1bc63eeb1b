import { Card, Col, Row, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSnapshot } from '../../app/session-context.tsx';
import { formatHours } from '../staff/labels.ts';
import { useTableHeight } from '../staff/use-viewport-height.ts';
import { Bars, type BarOption } from './bar-chart.tsx';
import {
  statYears,
  yearRequirement,
  yearStats,
  type CategoryRow,
  type DepartmentRow,
  type ShortRow,
} from './year-stats.ts';

function departmentChart(rows: readonly DepartmentRow[]): BarOption {
  // Lowest rate at the top: horizontal bars list categories bottom-up.
  const ordered = [...rows].reverse();
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.department),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: '达标率',
        data: ordered.map((r) => r.rate),
        label: { show: rows.length <= 20, position: 'right', formatter: '{c}%' },
        itemStyle: { color: '#1f5fbf' },
      },
    ],
  };
}

function categoryChart(rows: readonly CategoryRow[]): BarOption {
  const ordered = [...rows].reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: '学时' },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.label),
      axisLabel: { width: 130, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: '公需科目',
        stack: 'h',
        data: ordered.map((r) => r.public),
        itemStyle: { color: '#3a8ee6' },
      },
      {
        type: 'bar',
        name: '专业科目',
        stack: 'h',
        data: ordered.map((r) => r.professional),
        itemStyle: { color: '#f0a020' },
      },
    ],
  };
}

const gapBuckets = [
  { label: '10 以内', max: 10 },
  { label: '10–30', max: 30 },
  { label: '30–60', max: 60 },
  { label: '60 以上', max: Infinity },
] as const;

function shortChart(rows: readonly ShortRow[]): BarOption {
  const counts = gapBuckets.map((bucket, i) => {
    const min = i === 0 ? 0 : (gapBuckets[i - 1]?.max ?? 0);
    return rows.filter((r) => r.gap > min && r.gap <= bucket.max).length;
  });
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 30, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)} 人` },
    xAxis: {
      type: 'category',
      name: '共差学时',
      nameLocation: 'middle',
      nameGap: 28,
      data: gapBuckets.map((b) => b.label),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', name: '人数', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: '人数',
        data: counts,
        label: { show: true, position: 'top' },
        itemStyle: { color: '#d4542b' },
      },
    ],
  };
}

/** 统计: a year's completion by department, hours by category, and who is short and by how much. */
export function StatsPage() {
  const snapshot = useSnapshot();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  // Chart and table end together at the bottom of a 768-high window: what sits above them
  // (header, year and figures, tabs) takes about 260 px; the table's own header about 40.
  const chartHeight = useTableHeight(262, 300);
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
  const departmentOption = useMemo(() => departmentChart(stats.departments), [stats]);
  const categoryOption = useMemo(() => categoryChart(stats.categories), [stats]);
  const shortOption = useMemo(() => shortChart(stats.short), [stats]);

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
          {
            key: 'departments',
            label: '各部门达标率',
            children: (
              <Row gutter={16}>
                <Col span={13}>
                  <Card size="small">
                    <Bars
                      option={departmentOption}
                      height={chartHeight}
                      label={`${year}年各部门达标率图`}
                    />
                  </Card>
                </Col>
                <Col span={11}>
                  <Table<DepartmentRow>
                    size="small"
                    rowKey="department"
                    dataSource={stats.departments}
                    pagination={false}
                    scroll={{ y: tableHeight }}
                    locale={{ emptyText: '本年度没有在职人员' }}
                    columns={[
                      { title: '部门', dataIndex: 'department', ellipsis: true },
                      { title: '人数', dataIndex: 'people', width: 70, align: 'right' },
                      { title: '已达标', dataIndex: 'met', width: 80, align: 'right' },
                      {
                        title: '达标率',
                        key: 'rate',
                        width: 90,
                        align: 'right',
                        render: (_, r) => `${r.rate.toFixed(1)}%`,
                      },
                    ]}
                  />
                </Col>
              </Row>
            ),
          },
          {
            key: 'categories',
            label: '各类别学时',
            children: (
              <Row gutter={16}>
                <Col span={12}>
                  <Card size="small">
                    <Bars
                      option={categoryOption}
                      height={chartHeight}
                      label={`${year}年各类别认定学时图`}
                    />
                  </Card>
                </Col>
                <Col span={12}>
                  <Table<CategoryRow>
                    size="small"
                    rowKey="key"
                    dataSource={stats.categories}
                    pagination={false}
                    scroll={{ y: tableHeight }}
                    locale={{ emptyText: '本年度还没有认定学时' }}
                    columns={[
                      { title: '类别', dataIndex: 'label', ellipsis: true },
                      { title: '项数', dataIndex: 'claims', width: 64, align: 'right' },
                      {
                        title: '公需',
                        key: 'p',
                        width: 84,
                        align: 'right',
                        render: (_, r) => formatHours(r.public),
                      },
                      {
                        title: '专业',
                        key: 'q',
                        width: 84,
                        align: 'right',
                        render: (_, r) => formatHours(r.professional),
                      },
                      {
                        title: '合计',
                        key: 't',
                        width: 90,
                        align: 'right',
                        render: (_, r) => formatHours(r.total),
                      },
                    ]}
                  />
                </Col>
              </Row>
            ),
          },
          {
            key: 'short',
            label: `未达标人员（${stats.short.length}）`,
            children: (
              <Row gutter={16}>
                <Col span={9}>
                  <Card size="small">
                    <Bars
                      option={shortOption}
                      height={chartHeight}
                      label={`${year}年未达标人员差额分布图`}
                    />
                  </Card>
                </Col>
                <Col span={15}>
                  <Table<ShortRow>
                    virtual
                    size="small"
                    rowKey="staffId"
                    dataSource={stats.short}
                    pagination={false}
                    scroll={{ x: 660, y: tableHeight }}
                    locale={{ emptyText: '全部人员已达标' }}
                    columns={[
                      { title: '姓名', dataIndex: 'name', width: 90 },
                      { title: '部门', dataIndex: 'department', width: 130, ellipsis: true },
                      {
                        title: '公需',
                        key: 'p',
                        width: 70,
                        align: 'right',
                        render: (_, r) => formatHours(r.public),
                      },
                      {
                        title: '专业',
                        key: 'q',
                        width: 70,
                        align: 'right',
                        render: (_, r) => formatHours(r.professional),
                      },
                      {
                        title: '公需差',
                        key: 'gp',
                        width: 80,
                        align: 'right',
                        render: (_, r) => formatHours(r.gapPublic),
                      },
                      {
                        title: '专业差',
                        key: 'gq',
                        width: 80,
                        align: 'right',
                        render: (_, r) => formatHours(r.gapProfessional),
                      },
                      {
                        title: '共差',
                        key: 'g',
                        width: 80,
                        align: 'right',
                        render: (_, r) => formatHours(r.gap),
                      },
                    ]}
                  />
                </Col>
              </Row>
            ),
          },
        ]}
      />
    </div>
  );
}
