import { buildDecisionLog } from '#shared/sheets/export-decisions.ts';
import { buildManagers } from '#shared/sheets/export-managers.ts';
import { buildRoster } from '#shared/sheets/export-roster.ts';
import type { ExportRequest } from './export-protocol.ts';

/** Builds the asked sheet with the shared builders; used by the worker and, as a fallback, the page. */
export function buildSheet(
  request: ExportRequest,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  switch (request.sheet) {
    case 'roster':
      return buildRoster({ ...request.input, onProgress });
    case 'managers':
      return buildManagers(request.template, request.filing, new Date());
    case 'decisions':
      return buildDecisionLog(request.input);
    default:
      throw new Error(`Unhandled sheet: ${String(request satisfies never)}`);
  }
}
