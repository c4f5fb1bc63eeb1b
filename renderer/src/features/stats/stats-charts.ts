import type { BarOption } from './bar-chart.tsx';
import type { CategoryRow, DepartmentRow, ShortRow } from './year-stats.ts';

// The three charts' ECharts options, one builder each; the page only picks the year.

export function departmentChart(rows: readonly DepartmentRow[]): BarOption {
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

export function categoryChart(rows: readonly CategoryRow[]): BarOption {
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

export function shortChart(rows: readonly ShortRow[]): BarOption {
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
