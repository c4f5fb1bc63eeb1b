import { ipcMain } from 'electron';
import { ipcChannelName, ipcChannels } from '../../../shared/ipc/channels.ts';
import type { AppLog } from '../services/logging.ts';
import { dispatchIpc, type IpcHandlers } from './dispatch.ts';

export function registerIpc(handlers: IpcHandlers, appLog: AppLog): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(ipcChannelName(channel), async (event, input: unknown) => {
      const frame = event.senderFrame;
      const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
      const result = await dispatchIpc(channel, sender, input, handlers);
      // A refused sender or a handler that threw is worth a line; a validation answer is not.
      if (!result.ok && result.error.code !== 'validation') {
        appLog.write(
          'warn',
          'ipc',
          `${channel}: ${result.error.code} ${result.error.detail ?? ''}`,
        );
      }
      return result;
    });
  }
}
