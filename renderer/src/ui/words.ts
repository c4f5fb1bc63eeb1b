import type { DecisionState } from '#shared/labels/index.ts';
import { suggestionLabels } from '#shared/rules/index.ts';
import type { InboxItem } from '../data/review/inbox-rows.ts';

// Words and colours only the screens use. Domain words (record states, decisions, categories,
// findings) live in shared/labels/ and shared/rules/labels.ts, once each.

/** The rules' suggestion for an inbox row; a registration has none. */
export function itemSuggestionLabel(suggestion: InboxItem['suggestion']): string {
  return suggestion === 'none' ? '—' : suggestionLabels[suggestion];
}

export const suggestionColors: Record<InboxItem['suggestion'], string> = {
  approve: 'green',
  return: 'orange',
  reject: 'red',
  manual: 'blue',
  none: 'default',
};

/** Waiting is orange, settled green, anything the reviewer must look at again red. */
export const decisionStateColors: Record<DecisionState, string> = {
  pending: 'orange',
  sending: 'gold',
  applied: 'green',
  duplicate: 'green',
  conflict: 'red',
  invalid: 'red',
};
