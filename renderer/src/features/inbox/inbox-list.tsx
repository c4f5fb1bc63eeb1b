import { useCallback, useEffect, useRef } from 'react';
import { decisionCategoryLabel, decisionStateLabels } from '#shared/labels/index.ts';
import type { InboxItem } from '../../data/review/inbox-rows.ts';
import { RowTag } from '../../ui/row-tag.tsx';
import { itemSuggestionLabel, suggestionColors } from '../../ui/words.ts';
import { useElementSize } from '../../ui/use-element-size.ts';
import { keepRowInView, VirtualRows, type Column } from './virtual-rows.tsx';

interface Props {
  readonly items: readonly InboxItem[];
  readonly selectedKey: string | undefined;
  /** Where the selected row is in `items` (-1: not listed); the list scrolls to keep it in view. */
  readonly selectedIndex: number;
  readonly onSelect: (item: InboxItem) => void;
}

const name: Column<InboxItem> = { title: '姓名', width: '76px', cell: (item) => item.name };
const title: Column<InboxItem> = {
  title: '项目',
  width: 'minmax(0, 1fr)',
  cell: (item) => item.title,
};
const hours: Column<InboxItem> = {
  title: '学时',
  width: '44px',
  align: 'right',
  cell: (item) => item.claimedHours,
};
const suggestion: Column<InboxItem> = {
  title: '建议',
  width: '92px',
  cell: (item) =>
    item.decision === undefined ||
    item.decision.state === 'conflict' ||
    item.decision.state === 'invalid' ? (
      <RowTag color={suggestionColors[item.suggestion]}>
        {itemSuggestionLabel(item.suggestion)}
      </RowTag>
    ) : (
      <RowTag color="purple">{decisionStateLabels[item.decision.state]}</RowTag>
    ),
};
const columns: readonly Column<InboxItem>[] = [
  name,
  { title: '部门', width: '90px', cell: (item) => item.department },
  title,
  { title: '类别', width: '100px', cell: (item) => decisionCategoryLabel(item.category) },
  hours,
  suggestion,
];
/** A list narrowed to make room for the evidence keeps what tells claims apart (the hours are in the claim beside it). */
const narrowColumns: readonly Column<InboxItem>[] = [name, title, suggestion];
const narrowBelow = 560;

const keyOf = (item: InboxItem) => item.key;

/**
 * Virtualised: only the visible rows are in the page, so 100,000 claims scroll smoothly. The
 * selected row is restyled through a style rule, and only the two rows whose selection changes
 * draw again (for aria-selected), so moving to the next claim never re-renders the list.
 */
export function InboxList({ items, selectedKey, selectedIndex, onSelect }: Props) {
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 800, height: 480 });
  const height = Math.max(120, size.height);
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  });
  const select = useCallback((item: InboxItem) => latest.current(item), []);
  // The claim on the screen stays in the list's view, as J and K move it and on coming back.
  useEffect(() => keepRowInView(ref.current, selectedIndex), [ref, selectedIndex, height]);
  const selectedRule =
    selectedKey === undefined
      ? ''
      : // A bar at its edge as well as the tint: the selection is not shown by colour alone.
        `.inbox-list .virtual-row[data-row-key="${CSS.escape(selectedKey)}"] { background: #e6f4ff; box-shadow: inset 4px 0 0 #1f5fbf; }`;
  return (
    <div ref={ref} className="inbox-list" style={{ flex: 1, minHeight: 0 }}>
      <style>{selectedRule}</style>
      <VirtualRows
        rows={items}
        rowKey={keyOf}
        columns={size.width < narrowBelow ? narrowColumns : columns}
        height={height}
        onSelect={select}
        selectedKey={selectedKey}
      />
    </div>
  );
}
