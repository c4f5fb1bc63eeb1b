import type { IpcResult } from '#shared/ipc/contract.ts';
import { defaultImportLimits } from '#shared/sheets/import/limits.ts';
import { api } from '../../host/api.ts';

/** Asks the host for a list file to import: .xlsx or .csv, no larger than the import reads. */
export function pickListFile(): Promise<IpcResult<'openFile'>> {
  return api.openFile({
    filters: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }],
    maxBytes: defaultImportLimits.maxFileBytes,
  });
}
