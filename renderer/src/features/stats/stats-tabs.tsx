import { Card, Col, Row, Table, type TableColumnType } from 'antd';
import { useMemo } from 'react';
import { formatHours } from '../../ui/format.ts';
import { useKeyboardScroll } from '../../ui/use-keyboard-scroll.ts';
import { Bars } from './bar-chart.tsx';
import { categoryChart, departmentChart, shortChart } from './stats-charts.ts';
import type { CategoryRow, DepartmentRow, ShortRow, YearStats } from './year-stats.ts';

/** A right-aligned column of hours with one decimal, so the figures line up. */
function hoursColumn<T>(
  title: string,
  key: string,
  width: number,
  hours: (row: T) => number,
): TableColumnType<T> {
  return { title, key, width, align: 'right', render: (_, row) => formatHours(hours(row)) };
}

/** What each tab is drawn from: the year's figures and the heights that fit the window. */
export interface StatsTabProps {
  readonly stats: YearStats;
  readonly year: number;
  readonly chartHeight: number;
  readonly tableHeight: number;
}

/** 各部门达标率: the rate per department, lowest first, as bars and as a table. */
export function DepartmentsTab({ stats, year, chartHeight, tableHeight }: StatsTabProps) {
  const departmentOption = useMemo(() => departmentChart(stats.departments), [stats]);
  const tableRef = useKeyboardScroll(`${year}年各部门达标率表`);
  return (
    <Row gutter={16}>
      <Col span={13}>
        <Card size="small">
          <Bars option={departmentOption} height={chartHeight} label={`${year}年各部门达标率图`} />
        </Card>
      </Col>
      <Col span={11} ref={tableRef}>
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
  );
}

/** 各类别学时: credited hours per category, public and professional stacked. */
export function CategoriesTab({ stats, year, chartHeight, tableHeight }: StatsTabProps) {
  const categoryOption = useMemo(() => categoryChart(stats.categories), [stats]);
  const tableRef = useKeyboardScroll(`${year}年各类别认定学时表`);
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Card size="small">
          <Bars option={categoryOption} height={chartHeight} label={`${year}年各类别认定学时图`} />
        </Card>
      </Col>
      <Col span={12} ref={tableRef}>
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
            hoursColumn('公需', 'p', 84, (r) => r.public),
            hoursColumn('专业', 'q', 84, (r) => r.professional),
            hoursColumn('合计', 't', 90, (r) => r.total),
          ]}
        />
      </Col>
    </Row>
  );
}

/** 未达标人员: how far short each person is, as a spread of gaps and one row per person. */
export function ShortTab({ stats, year, chartHeight, tableHeight }: StatsTabProps) {
  const shortOption = useMemo(() => shortChart(stats.short), [stats]);
  const tableRef = useKeyboardScroll(`${year}年未达标人员表`);
  return (
    <Row gutter={16}>
      <Col span={9}>
        <Card size="small">
          <Bars option={shortOption} height={chartHeight} label={`${year}年未达标人员差额分布图`} />
        </Card>
      </Col>
      <Col span={15} ref={tableRef}>
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
            hoursColumn('公需', 'p', 70, (r) => r.public),
            hoursColumn('专业', 'q', 70, (r) => r.professional),
            hoursColumn('公需差', 'gp', 80, (r) => r.gapPublic),
            hoursColumn('专业差', 'gq', 80, (r) => r.gapProfessional),
            hoursColumn('共差', 'g', 80, (r) => r.gap),
          ]}
        />
      </Col>
    </Row>
  );
}
