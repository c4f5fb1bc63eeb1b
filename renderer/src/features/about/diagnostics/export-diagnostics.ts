import type { IpcResult } from '#shared/ipc/contract.ts';
import { api } from '../../../host/api.ts';
import { logToHost } from '../../../host/log.ts';
import { buildDiagnosticsZip, diagnosticsFileName, type SyncFacts } from './diagnostics-zip.ts';

/**
 * 帮助 → 导出诊断信息: versions, sync status and the host's logs in one zip, saved through the
 * host (the save dialog under Electron, a download in the browser).
 */
export async function exportDiagnostics(
  sync: SyncFacts | null,
  now = new Date(),
): Promise<IpcResult<'saveFile'>> {
  logToHost('info', 'diagnostics', 'export requested');
  const [info, logs] = await Promise.all([api.appInfo({}), api.readLogs({})]);
  if (!info.ok) return info;
  if (!logs.ok) return logs;
  const data = buildDiagnosticsZip({ appInfo: info.value, logs: logs.value.files, sync, now });
  return api.saveFile({
    suggestedName: diagnosticsFileName(now),
    // A fresh ArrayBuffer-backed copy: the IPC contract takes no views of shared memory.
    data: new Uint8Array(data),
    filters: [{ name: '压缩文件', extensions: ['zip'] }],
  });
}
