import type { DecisionLogInput } from '#shared/sheets/export-decisions.ts';
import type { RosterInput } from '#shared/sheets/export-roster.ts';
import type { ManagersFiling, ManagerTemplate } from '#shared/sheets/managers.ts';

/** What the page asks the export worker to build: plain data only (structured clone). */
export type ExportRequest =
  | { readonly sheet: 'roster'; readonly input: Omit<RosterInput, 'onProgress'> }
  | {
      readonly sheet: 'managers';
      readonly template: ManagerTemplate;
      readonly filing: ManagersFiling;
    }
  | { readonly sheet: 'decisions'; readonly input: DecisionLogInput };

export type ExportMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array }
  | { readonly type: 'failed'; readonly detail: string };
