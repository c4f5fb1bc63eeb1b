import { memo } from 'react';
import { Button, Input, Radio, Select, Space } from 'antd';
import { categories } from '#shared/contract/index.ts';
import { decisionCategoryLabel } from '#shared/labels/index.ts';
import { findingCodes, findingLabels, suggestions } from '#shared/rules/index.ts';
import {
  hasFacets,
  withoutFacets,
  type FacetCounts,
  type InboxFilter,
  type InboxSort,
} from '../../data/review/inbox-filter.ts';
import { itemSuggestionLabel } from '../../ui/words.ts';

interface Props {
  readonly filter: InboxFilter;
  readonly sort: InboxSort;
  readonly counts: FacetCounts;
  readonly onFilter: (filter: InboxFilter) => void;
  readonly onSort: (sort: InboxSort) => void;
}

const withCount = (label: string, count: number | undefined) => `${label}（${count ?? 0}）`;

function without<K extends keyof InboxFilter>(
  filter: InboxFilter,
  key: K,
  value: InboxFilter[K] | undefined,
): InboxFilter {
  const entries = Object.entries(filter).filter(([name]) => name !== key);
  if (value !== undefined) entries.push([key, value]);
  return Object.fromEntries(entries) as unknown as InboxFilter;
}

/** Memoised: moving between claims does not re-render the filter bar. */
export const InboxFilters = memo(function InboxFilters({
  filter,
  sort,
  counts,
  onFilter,
  onSort,
}: Props) {
  const years = [...counts.year.keys()].sort((a, b) => b - a);
  const departments = [...counts.department.keys()]
    .filter((d) => d !== '')
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const categoryOptions = [
    ...categories,
    ...(['registration', 'change', 'transfer'] as const),
  ].filter((c) => counts.category.has(c));
  return (
    <Space wrap size={[8, 8]}>
      <Input.Search
        allowClear
        placeholder="姓名、身份证号或项目名称"
        aria-label="搜索"
        style={{ width: 220 }}
        defaultValue={filter.search ?? ''}
        onSearch={(value) => onFilter(without(filter, 'search', value === '' ? undefined : value))}
      />
      <Select
        allowClear
        placeholder="年度"
        aria-label="年度"
        style={{ width: 110 }}
        value={filter.year}
        onChange={(value: number | undefined) => onFilter(without(filter, 'year', value))}
        options={years.map((year) => ({
          value: year,
          label: withCount(`${year}年`, counts.year.get(year)),
        }))}
      />
      <Select
        allowClear
        // Typed words find an option by its label (类别 and 规则提示 list past their window).
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="类别"
        aria-label="类别"
        style={{ width: 170 }}
        value={filter.category}
        onChange={(value: InboxFilter['category']) => onFilter(without(filter, 'category', value))}
        options={categoryOptions.map((c) => ({
          value: c,
          label: withCount(decisionCategoryLabel(c), counts.category.get(c)),
        }))}
      />
      <Select
        allowClear
        showSearch
        placeholder="部门"
        aria-label="部门"
        style={{ width: 150 }}
        value={filter.department}
        onChange={(value: string | undefined) => onFilter(without(filter, 'department', value))}
        options={departments.map((d) => ({
          value: d,
          label: withCount(d, counts.department.get(d)),
        }))}
      />
      <Select
        allowClear
        placeholder="建议"
        aria-label="建议"
        style={{ width: 130 }}
        value={filter.suggestion}
        onChange={(value: InboxFilter['suggestion']) =>
          onFilter(without(filter, 'suggestion', value))
        }
        options={suggestions
          .filter((s) => counts.suggestion.has(s))
          .map((s) => ({
            value: s,
            label: withCount(itemSuggestionLabel(s), counts.suggestion.get(s)),
          }))}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="规则提示"
        aria-label="规则提示"
        style={{ width: 170 }}
        value={filter.finding}
        onChange={(value: InboxFilter['finding']) => onFilter(without(filter, 'finding', value))}
        options={findingCodes
          .filter((f) => counts.finding.has(f))
          .map((f) => ({ value: f, label: withCount(findingLabels[f], counts.finding.get(f)) }))}
      />
      {hasFacets(filter) && (
        // The selects' own clear icons show on hover only: one button clears them all, by key too.
        <Button onClick={() => onFilter(withoutFacets(filter))}>清除筛选</Button>
      )}
      <Radio.Group
        optionType="button"
        size="middle"
        value={filter.decided}
        onChange={(event) =>
          onFilter({ ...filter, decided: event.target.value as InboxFilter['decided'] })
        }
        options={[
          { value: 'undecided', label: '未审' },
          { value: 'decided', label: '本机已审' },
          { value: 'all', label: '全部' },
        ]}
      />
      <Select
        aria-label="排序"
        style={{ width: 130 }}
        value={sort}
        onChange={onSort}
        options={[
          { value: 'submittedAt', label: '按申报时间' },
          { value: 'name', label: '按姓名' },
          { value: 'department', label: '按部门' },
          { value: 'claimedHours', label: '按学时从高到低' },
        ]}
      />
    </Space>
  );
});
