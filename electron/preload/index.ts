import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannelName, ipcChannels } from '../../shared/ipc/channels.ts';
import { ipcEventName, isIpcEvent } from '../../shared/ipc/events.ts';

/**
 * Builds the one `window.api` from the contract's channel list: each member forwards its input
 * and returns main's Result envelope; `on` hears the contract's events only, and hands the page
 * the payload, never Electron's event object (which carries `sender`). Nothing else from
 * Electron reaches the page.
 */
const calls = Object.fromEntries(
  ipcChannels.map((channel) => [
    channel,
    (input: unknown): Promise<unknown> => ipcRenderer.invoke(ipcChannelName(channel), input),
  ]),
);

function on(event: unknown, listener: unknown): () => void {
  if (!isIpcEvent(event) || typeof listener !== 'function') {
    throw new TypeError('unknown event or listener');
  }
  const name = ipcEventName(event);
  const forward = (_event: IpcRendererEvent, payload: unknown) => {
    (listener as (payload: unknown) => void)(payload);
  };
  ipcRenderer.on(name, forward);
  return () => {
    ipcRenderer.removeListener(name, forward);
  };
}

contextBridge.exposeInMainWorld('api', Object.freeze({ ...calls, on }));
