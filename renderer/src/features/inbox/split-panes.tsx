import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { bounds, moved, type Split } from './split.ts';

/** Percent an arrow key moves a handle. */
const step = 2;

interface Props {
  readonly split: Split;
  /** The split as the reviewer leaves it: after a drag, or at each arrow key. */
  readonly onChange: (split: Split) => void;
  readonly list: ReactNode;
  readonly evidence: ReactNode;
  readonly decision: ReactNode;
}

/**
 * The list, the evidence and the decision side by side, with a handle between each two that the
 * reviewer drags or moves with the arrow keys (a focusable separator, as WAI-ARIA's window
 * splitter). The split shows live while dragging and is kept when the handle is let go.
 */
export function SplitPanes({ split, onChange, list, evidence, decision }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [dragged, setDragged] = useState<Split | null>(null);
  // The split this pane last set: saving it takes a moment, and a second arrow key pressed
  // before the saved split comes back must move on from the first, not from the older value.
  const [latest, setLatest] = useState<Split | null>(null);
  const base = latest ?? split;
  // A stored split from another screen size is brought within the bounds.
  const shown =
    dragged ?? moved(moved(base, 'list', base.listPercent), 'decision', base.decisionPercent);
  const change = (next: Split) => {
    setLatest(next);
    onChange(next);
  };

  function handle(side: 'list' | 'decision', label: string) {
    const value = side === 'list' ? shown.listPercent : shown.decisionPercent;
    const percentAt = (event: PointerEvent) => {
      const rect = box.current?.getBoundingClientRect();
      if (rect === undefined || rect.width === 0) return value;
      const x = ((event.clientX - rect.left) / rect.width) * 100;
      return side === 'list' ? x : 100 - x;
    };
    // A focusable separator with a value is ARIA's window-splitter widget, which moves with the
    // arrow keys; jsx-a11y counts every separator as static.
    /* eslint-disable jsx-a11y-x/no-noninteractive-element-interactions, jsx-a11y-x/no-noninteractive-tabindex */
    return (
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={value}
        aria-valuemin={bounds[side][0]}
        aria-valuemax={bounds[side][1]}
        tabIndex={0}
        className="split-handle"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          setDragged(shown);
        }}
        onPointerMove={(event) => {
          if (dragged !== null) setDragged(moved(dragged, side, percentAt(event)));
        }}
        onPointerUp={() => {
          if (dragged !== null) change(dragged);
          setDragged(null);
        }}
        onKeyDown={(event: KeyboardEvent) => {
          const towardsList =
            event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
          if (towardsList === 0) return;
          event.preventDefault();
          change(moved(shown, side, value + (side === 'list' ? towardsList : -towardsList)));
        }}
      />
    );
    /* eslint-enable jsx-a11y-x/no-noninteractive-element-interactions, jsx-a11y-x/no-noninteractive-tabindex */
  }

  const evidencePercent = 100 - shown.listPercent - shown.decisionPercent;
  return (
    <div ref={box} className="split-panes">
      <div className="split-pane" style={{ flexBasis: `${String(shown.listPercent)}%` }}>
        {list}
      </div>
      {handle('list', '调整列表宽度')}
      <div className="split-pane" style={{ flexBasis: `${String(evidencePercent)}%` }}>
        {evidence}
      </div>
      {handle('decision', '调整审核栏宽度')}
      <div className="split-pane" style={{ flexBasis: `${String(shown.decisionPercent)}%` }}>
        {decision}
      </div>
    </div>
  );
}
