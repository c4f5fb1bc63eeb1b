import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { markAfterPaint } from '../../ui/perf-marks.ts';

export interface Column<T> {
  readonly title: string;
  /** A CSS grid track: `76px`, `1fr`… */
  readonly width: string;
  readonly align?: 'right';
  readonly cell: (row: T) => ReactNode;
}

interface Props<T> {
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly columns: readonly Column<T>[];
  readonly height: number;
  readonly onSelect: (row: T) => void;
  /** The row on the screen: announced as selected (aria-selected). */
  readonly selectedKey?: string | undefined;
}

const rowHeight = 38;
const overscan = 6;

/**
 * Scrolls a list's body just enough to show row `index`, if it is out of view; the scroll event
 * then renders the rows there. For the claim J and K move to.
 */
export function keepRowInView(list: HTMLElement | null, index: number): void {
  const body = list?.querySelector<HTMLElement>('.virtual-rows-body');
  if (body === null || body === undefined || index < 0) return;
  const top = index * rowHeight;
  if (top < body.scrollTop) body.scrollTop = top;
  else if (top + rowHeight > body.scrollTop + body.clientHeight) {
    body.scrollTop = top + rowHeight - body.clientHeight;
  }
}

/**
 * A fixed-height virtual list: it renders only the rows in view, and its cost does not grow with
 * the number of rows (a general table walks all 50,000 of them on every change).
 */
function VirtualRowsImpl<T>({ rows, rowKey, columns, height, onSelect, selectedKey }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => markAfterPaint('ce:inbox-rows'), [rows]);
  const hasRows = rows.length > 0;
  useEffect(() => {
    if (hasRows && performance.getEntriesByName('ce:first-rows').length === 0) {
      markAfterPaint('ce:first-rows');
    }
  }, [hasRows]);
  const template = columns.map((column) => column.width).join(' ');
  const bodyHeight = Math.max(rowHeight, height - rowHeight);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const visible = rows.slice(first, first + Math.ceil(bodyHeight / rowHeight) + overscan * 2);
  return (
    <div
      role="grid"
      aria-rowcount={rows.length + 1}
      aria-multiselectable={false}
      className="virtual-rows"
    >
      <div
        role="row"
        className="virtual-rows-header"
        style={{ gridTemplateColumns: template, height: rowHeight }}
      >
        {columns.map((column) => (
          <div
            role="columnheader"
            key={column.title}
            style={column.align === 'right' ? { textAlign: 'right' } : undefined}
          >
            {column.title}
          </div>
        ))}
      </div>
      <div
        role="rowgroup"
        className="virtual-rows-body"
        // Reachable by Tab, so the list scrolls from the keyboard as well as by J/K.
        tabIndex={0}
        style={{ height: bodyHeight }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: rows.length * rowHeight, position: 'relative' }}>
          {visible.map((row, index) => {
            const key = rowKey(row);
            return (
              <Row
                key={key}
                row={row}
                rowKey={key}
                index={first + index}
                template={template}
                columns={columns}
                isSelected={key === selectedKey}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

export const VirtualRows = memo(VirtualRowsImpl) as typeof VirtualRowsImpl;

interface RowProps<T> {
  readonly row: T;
  readonly rowKey: string;
  readonly index: number;
  readonly template: string;
  readonly columns: readonly Column<T>[];
  readonly isSelected: boolean;
  readonly onSelect: (row: T) => void;
}

/** One row; memoised, so moving the selection draws only the two rows it leaves and enters. */
function RowImpl<T>({ row, rowKey, index, template, columns, isSelected, onSelect }: RowProps<T>) {
  const element = useRef<HTMLDivElement>(null);
  // Focus follows the selection when it was on a row (clicked, then J/K): otherwise the
  // clicked row keeps its focus ring while another is selected, and two rows look current.
  useEffect(() => {
    const focused = document.activeElement;
    if (!isSelected || !(focused instanceof HTMLElement) || focused === element.current) return;
    if (focused.classList.contains('virtual-row')) element.current?.focus({ preventScroll: true });
  }, [isSelected]);
  return (
    <div
      ref={element}
      role="row"
      data-row-key={rowKey}
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className="virtual-row"
      style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template }}
      // Focusable by click, not a Tab stop each: J/K move through the rows.
      tabIndex={-1}
      onClick={() => onSelect(row)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(row);
      }}
    >
      {columns.map((column) => (
        <div
          role="gridcell"
          key={column.title}
          style={column.align === 'right' ? { textAlign: 'right' } : undefined}
        >
          {column.cell(row)}
        </div>
      ))}
    </div>
  );
}

const Row = memo(RowImpl) as typeof RowImpl;
