import { ipcMain } from 'electron';
import { ipcChannelName, ipcChannels } from '../../../shared/ipc/channels.ts';
import { dispatchIpc, type IpcHandlers } from './dispatch.ts';

export function registerIpc(handlers: IpcHandlers): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(ipcChannelName(channel), (event, input: unknown) => {
      const frame = event.senderFrame;
      const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
      return dispatchIpc(channel, sender, input, handlers);
    });
  }
}
