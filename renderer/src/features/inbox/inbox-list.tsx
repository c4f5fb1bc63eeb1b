import { memo, useCallback, useEffect, useRef } from 'react';
import { markAfterPaint } from '../../app/perf-marks.ts';
import { Table, Tag, type TableColumnsType } from 'antd';
import { stateLabels } from '../sync/labels.ts';
import type { InboxItem } from '../../data/review/inbox.ts';
import { itemCategoryLabel, itemSuggestionLabel, suggestionColors } from './labels.ts';
import { useElementHeight } from './use-element-height.ts';

interface Props {
  readonly items: readonly InboxItem[];
  readonly selectedKey: string | undefined;
  readonly onSelect: (item: InboxItem) => void;
}

const columns: TableColumnsType<InboxItem> = [
  { title: '姓名', dataIndex: 'name', width: 76, ellipsis: true },
  { title: '部门', dataIndex: 'department', width: 90, ellipsis: true },
  { title: '项目', dataIndex: 'title', ellipsis: true },
  {
    title: '类别',
    dataIndex: 'category',
    width: 100,
    ellipsis: true,
    render: (c: InboxItem['category']) => itemCategoryLabel(c),
  },
  { title: '学时', dataIndex: 'claimedHours', width: 56, align: 'right' },
  {
    title: '建议',
    width: 86,
    render: (_, item) =>
      item.decision === undefined ||
      item.decision.state === 'conflict' ||
      item.decision.state === 'invalid' ? (
        <Tag color={suggestionColors[item.suggestion]}>{itemSuggestionLabel(item.suggestion)}</Tag>
      ) : (
        <Tag color="purple">{stateLabels[item.decision.state]}</Tag>
      ),
  },
];

/**
 * The table renders again only when the rows change: selecting a row restyles it through a
 * style rule instead, so moving to the next claim never re-renders 50,000 rows' bookkeeping.
 */
const InboxTable = memo(function InboxTable({
  items,
  height,
  onSelect,
}: {
  readonly items: readonly InboxItem[];
  readonly height: number;
  readonly onSelect: (item: InboxItem) => void;
}) {
  useEffect(() => markAfterPaint('ce:inbox-rows'), [items]);
  return (
    <Table<InboxItem>
      virtual
      size="small"
      rowKey="key"
      dataSource={items}
      pagination={false}
      scroll={{ y: height - 40 }}
      onRow={(item) => ({ onClick: () => onSelect(item) })}
      columns={columns}
    />
  );
});

/** Virtualised: only the visible rows are in the page, so 100,000 claims scroll smoothly. */
export function InboxList({ items, selectedKey, onSelect }: Props) {
  const [ref, height] = useElementHeight<HTMLDivElement>(480);
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  });
  const select = useCallback((item: InboxItem) => latest.current(item), []);
  const selectedRule =
    selectedKey === undefined
      ? ''
      : `.inbox-list .ant-table-row[data-row-key="${CSS.escape(selectedKey)}"] > td { background: #e6f4ff; }`;
  return (
    <div ref={ref} className="inbox-list" style={{ flex: 1, minHeight: 0 }}>
      <style>{selectedRule}</style>
      <InboxTable items={items} height={height} onSelect={select} />
    </div>
  );
}
