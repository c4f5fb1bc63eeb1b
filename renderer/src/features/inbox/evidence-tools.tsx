import { Button, Tooltip, Typography } from 'antd';
import { memo, useEffect } from 'react';
import { plainKey } from './plain-key.ts';

/**
 * How one file is shown: fitted to the room (the whole page, or the width) or at a chosen scale
 * (1 = 100 %), and turned by a quarter at a time.
 */
export interface View {
  readonly id: string;
  readonly fit: 'page' | 'width' | null;
  readonly scale: number;
  readonly rotation: number;
}

/** A new file starts as a whole page, upright: an A4 certificate readable without scrolling. */
export const fittedPage = (id: string): View => ({ id, fit: 'page', scale: 1, rotation: 0 });

type Change = (next: (view: View) => View) => void;

/** Zooming starts from the scale the file is shown at, fitted or not. */
const zoom = (by: number, shownScale: number) => (view: View) => ({
  ...view,
  fit: null,
  scale: Math.min(4, Math.max(0.25, Math.round((shownScale + by) * 4) / 4)),
});
const turn = (view: View) => ({ ...view, rotation: (view.rotation + 90) % 360 });

/**
 * The keys beside the buttons, none of them J/K/A/R/X (the inbox's): W fits the width, F the
 * page, + and - zoom, T turns.
 */
function actionOf(key: string, shownScale: number): ((view: View) => View) | undefined {
  switch (key) {
    case 'w':
      return (view) => ({ ...view, fit: 'width' });
    case 'f':
      return (view) => ({ ...view, fit: 'page' });
    case '+':
    case '=':
      return zoom(0.25, shownScale);
    case '-':
      return zoom(-0.25, shownScale);
    case 't':
      return turn;
    default:
      return undefined;
  }
}

interface Props {
  readonly fit: View['fit'];
  /** The scale the file is drawn at now, fitted or chosen; null before it is drawn. */
  readonly shownScale: number | null;
  readonly onChange: Change;
}

/** Fit, zoom and turn, by button or key; memoised with stable handlers, so J re-renders little. */
export const EvidenceTools = memo(function EvidenceTools({ fit, shownScale, onChange }: Props) {
  const from = shownScale ?? 1;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const key = plainKey(event);
      const action = key === null ? undefined : actionOf(key, from);
      if (action === undefined) return;
      event.preventDefault();
      onChange(action);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [from, onChange]);
  const tool = (label: string, key: string, action: (view: View) => View, isOn = false) => (
    <Tooltip title={`快捷键 ${key}`} mouseEnterDelay={0.6}>
      <Button size="small" type={isOn ? 'primary' : 'default'} onClick={() => onChange(action)}>
        {label}
      </Button>
    </Tooltip>
  );
  return (
    <div className="evidence-tools">
      {tool('适合页面', 'F', (view) => ({ ...view, fit: 'page' }), fit === 'page')}
      {tool('适合宽度', 'W', (view) => ({ ...view, fit: 'width' }), fit === 'width')}
      {tool('放大', '+', zoom(0.25, from))}
      {tool('缩小', '-', zoom(-0.25, from))}
      {tool('旋转', 'T', turn)}
      <Typography.Text type="secondary">
        {shownScale === null ? '' : `${String(Math.round(shownScale * 100))}%`}
      </Typography.Text>
    </div>
  );
});
