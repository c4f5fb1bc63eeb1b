import type { AppApi, IpcResult } from '#shared/ipc/contract.ts';

const xlsxFilter = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * Hands built .xlsx bytes to the host: the native save dialog under Electron, a download in the
 * browser host. Offline either way; the bytes were built locally.
 */
export function saveSheet(
  api: Pick<AppApi, 'saveFile'>,
  fileName: string,
  bytes: Uint8Array,
): Promise<IpcResult<'saveFile'>> {
  // A fresh ArrayBuffer-backed copy: the IPC contract takes no views of shared memory.
  return api.saveFile({
    suggestedName: fileName,
    data: new Uint8Array(bytes),
    filters: xlsxFilter,
  });
}
