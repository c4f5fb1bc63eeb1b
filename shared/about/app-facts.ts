import { rulebookIds, type RulebookId } from '../contract/common.ts';
import { rulebookLabels } from '../rules/labels.ts';
import { lastCoveredYear } from './calendar-coverage.ts';
import { contractVersion } from './contract-version.ts';

/** What 关于 shows that is the same in every host: it comes from this build's own code. */
export interface AppFacts {
  readonly contractVersion: string;
  readonly rulebooks: readonly { readonly id: RulebookId; readonly name: string }[];
  readonly calendarLastYear: number;
}

export function appFacts(): AppFacts {
  return {
    contractVersion,
    rulebooks: rulebookIds.map((id) => ({ id, name: rulebookLabels[id] })),
    calendarLastYear: lastCoveredYear(),
  };
}
