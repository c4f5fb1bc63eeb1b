import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannelName, ipcChannels } from '../../shared/ipc/channels.ts';

/**
 * Builds the one `window.api` from the contract's channel list: each member forwards its input
 * and returns main's Result envelope. Nothing else from Electron reaches the page.
 */
const api = Object.fromEntries(
  ipcChannels.map((channel) => [
    channel,
    (input: unknown): Promise<unknown> => ipcRenderer.invoke(ipcChannelName(channel), input),
  ]),
);

contextBridge.exposeInMainWorld('api', Object.freeze(api));
