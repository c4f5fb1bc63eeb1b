import { Button, Tooltip, Typography } from 'antd';
import { memo, useEffect } from 'react';
import { missingCaseError } from '#shared/errors/result.ts';
import { evidenceShortcutOf, type EvidenceAction } from '../../ui/shortcuts.ts';

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

/** What each evidence key does; the keys themselves are in ui/shortcuts.ts's one table. */
function changeOf(action: EvidenceAction, shownScale: number): (view: View) => View {
  switch (action) {
    case 'fitWidth':
      return (view) => ({ ...view, fit: 'width' });
    case 'fitPage':
      return (view) => ({ ...view, fit: 'page' });
    case 'zoomIn':
      return zoom(0.25, shownScale);
    case 'zoomOut':
      return zoom(-0.25, shownScale);
    case 'turn':
      return turn;
    default:
      throw missingCaseError(action);
  }
}

interface Props {
  readonly fit: View['fit'];
  /** The scale the file is drawn at now, fitted or chosen; null before it is drawn. */
  readonly shownScale: number | null;
  readonly onChange: Change;
  /** The single-key shortcuts are on (the switch in 快捷键). */
  readonly keysEnabled: boolean;
}

/** Fit, zoom and turn, by button or key; memoised with stable handlers, so J re-renders little. */
export const EvidenceTools = memo(function EvidenceTools({
  fit,
  shownScale,
  onChange,
  keysEnabled: isShortcutsEnabled,
}: Props) {
  const from = shownScale ?? 1;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isShortcutsEnabled) return;
      const action = evidenceShortcutOf(event);
      if (action === undefined) return;
      event.preventDefault();
      onChange(changeOf(action, from));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [from, onChange, isShortcutsEnabled]);
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
