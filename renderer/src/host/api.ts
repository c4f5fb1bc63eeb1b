import type { AppApi } from '#shared/ipc/contract.ts';
import { createBrowserHost } from './browser-host.ts';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in a plain browser. */
    readonly api?: AppApi;
  }
}

/**
 * The host is chosen once, here, at start-up; the rest of the renderer only ever sees `api`.
 */
export const api: AppApi = window.api ?? createBrowserHost();
