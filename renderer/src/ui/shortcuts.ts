import type { DecisionOutcome } from '#shared/contract/index.ts';
import { decisionOutcomeLabels } from '#shared/labels/index.ts';
import { watchShortcutsEnabled } from '../data/meta/shortcuts-setting.ts';
import { useObservable } from './use-observable.ts';
import { useSession } from './session-context.tsx';

/** What a single-key shortcut does: the inbox answers all but `help`, which the shell answers. */
export type ShortcutAction =
  'next' | 'previous' | 'approve' | 'return' | 'reject' | 'help' | EvidenceAction;

/** What the evidence view's keys do (features/inbox/evidence-tools.tsx answers them). */
export type EvidenceAction = 'fitPage' | 'fitWidth' | 'zoomIn' | 'zoomOut' | 'turn';

/** What the inbox's A/R/X keys call on the decision pane of the item on the screen. */
export interface DecisionKeys {
  decide(outcome: Extract<DecisionOutcome, 'approve' | 'return' | 'reject'>): void;
}

export interface Shortcut {
  /** `KeyboardEvent.key`, lower case. */
  readonly key: string;
  /** The key as printed on the keyboard and in `aria-keyshortcuts`. */
  readonly keyLabel: string;
  readonly action: ShortcutAction;
  readonly description: string;
}

/**
 * The one table of single-key shortcuts: the inbox's and the shell's key handlers read it, and
 * the 快捷键 dialog lists it, so a key the dialog shows is a key that works.
 */
export const shortcuts: readonly Shortcut[] = [
  { key: 'a', keyLabel: 'A', action: 'approve', description: decisionOutcomeLabels.approve },
  { key: 'r', keyLabel: 'R', action: 'return', description: decisionOutcomeLabels.return },
  { key: 'x', keyLabel: 'X', action: 'reject', description: decisionOutcomeLabels.reject },
  { key: 'j', keyLabel: 'J', action: 'next', description: '下一条' },
  { key: 'k', keyLabel: 'K', action: 'previous', description: '上一条' },
  { key: '?', keyLabel: '?', action: 'help', description: '显示全部快捷键' },
  { key: 'f', keyLabel: 'F', action: 'fitPage', description: '证明材料适合页面' },
  { key: 'w', keyLabel: 'W', action: 'fitWidth', description: '证明材料适合宽度' },
  { key: '+', keyLabel: '+', action: 'zoomIn', description: '放大证明材料' },
  { key: '=', keyLabel: '=', action: 'zoomIn', description: '放大证明材料（不按 Shift）' },
  { key: '-', keyLabel: '-', action: 'zoomOut', description: '缩小证明材料' },
  { key: 't', keyLabel: 'T', action: 'turn', description: '旋转证明材料' },
];

const hinted: readonly ShortcutAction[] = ['approve', 'return', 'reject', 'next', 'previous'];

/** One line for beside the decision buttons: `A 通过 · R 退回 · …` (? lives in 帮助). */
export const shortcutHint = shortcuts
  .filter((shortcut) => hinted.includes(shortcut.action))
  .map((shortcut) => `${shortcut.keyLabel} ${shortcut.description}`)
  .join(' · ');

/**
 * The shortcut a key press means, or undefined: none with Ctrl, Alt or ⌘ (those are the
 * system's), and none while typing in a field.
 */
export function shortcutOf(event: KeyboardEvent): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target !== null && (isTextEntry(target) || target.isContentEditable)) return undefined;
  const key = event.key.toLowerCase();
  return shortcuts.find((shortcut) => shortcut.key === key);
}

/** The evidence view's action a key press means, or undefined (see shortcutOf). */
export function evidenceShortcutOf(event: KeyboardEvent): EvidenceAction | undefined {
  const action = shortcutOf(event)?.action;
  switch (action) {
    case 'fitPage':
    case 'fitWidth':
    case 'zoomIn':
    case 'zoomOut':
    case 'turn':
      return action;
    default:
      return undefined;
  }
}

function isTextEntry(element: HTMLElement): boolean {
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/**
 * Whether the reviewer keeps the single-key shortcuts on (WCAG 2.1.4: they can be turned off).
 * Off until the setting is read, so a reviewer who turned them off never meets one answering.
 */
export function useShortcutsEnabled(): boolean {
  const { db } = useSession();
  return useObservable(() => watchShortcutsEnabled(db), [db], false);
}

/** Per action, the `aria-keyshortcuts` to spread on its button: none while the keys are off. */
export function useShortcutProps(): Record<ShortcutAction, { 'aria-keyshortcuts'?: string }> {
  const isEnabled = useShortcutsEnabled();
  const props = (action: ShortcutAction) => {
    const shortcut = shortcuts.find((entry) => entry.action === action);
    return isEnabled && shortcut !== undefined ? { 'aria-keyshortcuts': shortcut.keyLabel } : {};
  };
  return {
    next: props('next'),
    previous: props('previous'),
    approve: props('approve'),
    return: props('return'),
    reject: props('reject'),
    help: props('help'),
    fitPage: props('fitPage'),
    fitWidth: props('fitWidth'),
    zoomIn: props('zoomIn'),
    zoomOut: props('zoomOut'),
    turn: props('turn'),
  };
}
