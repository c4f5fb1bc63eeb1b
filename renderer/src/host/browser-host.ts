import { appFacts } from '#shared/about/app-facts.ts';
import { appError, err, ok } from '#shared/errors/result.ts';
import {
  validateIpcInput,
  type AppApi,
  type IpcChannel,
  type IpcInput,
  type IpcResult,
} from '#shared/ipc/index.ts';
import { downloadFile, pickFile } from './browser-files.ts';
import { appendBrowserLog, readBrowserLog } from './browser-logs.ts';
import { deleteBrowserSecret, getBrowserSecret, setBrowserSecret } from './browser-secrets.ts';

const defaultServerUrl = 'http://127.0.0.1:8787/api/v1';

/** In browser mode the server is given by `?server=` (tests, demos) or is the local demo server. */
function configuredServerUrl(): string {
  return new URLSearchParams(window.location.search).get('server') ?? defaultServerUrl;
}

const browserUpdateStatus = {
  state: 'disabled' as const,
  feedUrl: null,
  message: '浏览器版由提供网址的单位统一更新，打开网址即是最新版本。',
};

type Handlers = { readonly [K in IpcChannel]: (input: IpcInput<K>) => Promise<IpcResult<K>> };

const handlers: Handlers = {
  appInfo: () =>
    Promise.resolve(
      ok({
        name: '继续教育学时审核',
        version: __APP_VERSION__,
        platform: navigator.platform,
        serverUrl: configuredServerUrl(),
        shell: 'browser' as const,
        ...appFacts(),
        dataLocation: `本浏览器为 ${window.location.origin} 保存的网站数据（IndexedDB）`,
        runtime: { browser: navigator.userAgent },
        secretProtection: 'browser' as const,
      }),
    ),
  saveFile: ({ suggestedName, data }) => {
    downloadFile(suggestedName, data);
    return Promise.resolve(ok({ saved: true, fileName: suggestedName }));
  },
  async openFile({ filters, maxBytes }) {
    const accept = (filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    const file = await pickFile(accept);
    if (file === null) return ok({ picked: false as const });
    if (file.size > maxBytes) {
      return err(
        appError('validation', `文件过大（超过 ${Math.round(maxBytes / 1048576)} MB），未读取。`),
      );
    }
    const data = new Uint8Array(await file.arrayBuffer());
    return ok({ picked: true as const, fileName: file.name, data });
  },
  getSecret: async ({ key }) => ok({ value: await getBrowserSecret(key) }),
  setSecret: async ({ key, value }) => {
    await setBrowserSecret(key, value);
    return ok({});
  },
  deleteSecret: async ({ key }) => {
    await deleteBrowserSecret(key);
    return ok({});
  },
  log: async ({ level, scope, message }) => {
    await appendBrowserLog(level, scope, message);
    return ok({});
  },
  readLogs: async () => ok({ files: [{ name: 'browser.log', text: await readBrowserLog() }] }),
  // The browser's own dialog prints, and offers 另存为 PDF as one of its printers.
  print: () => {
    window.print();
    return Promise.resolve(ok({ done: true }));
  },
  // Browser mode runs whatever the unit's web server serves: there is nothing to update here.
  updateStatus: () => Promise.resolve(ok(browserUpdateStatus)),
  setUpdateFeed: () =>
    Promise.resolve(
      err(appError('validation', '浏览器版由提供网址的单位统一更新，无需设置更新地址。')),
    ),
};

async function call<K extends IpcChannel>(channel: K, input: unknown): Promise<IpcResult<K>> {
  const valid = validateIpcInput(channel, input);
  if (!valid.ok) return valid;
  try {
    return await handlers[channel](valid.value);
  } catch (error) {
    return err(appError('internal', '操作失败，请重试；如仍失败请联系技术支持。', String(error)));
  }
}

/** The same interface and the same input checks as the desktop shell, built on browser APIs. */
export function createBrowserHost(): AppApi {
  return {
    appInfo: (input) => call('appInfo', input),
    saveFile: (input) => call('saveFile', input),
    openFile: (input) => call('openFile', input),
    getSecret: (input) => call('getSecret', input),
    setSecret: (input) => call('setSecret', input),
    deleteSecret: (input) => call('deleteSecret', input),
    log: (input) => call('log', input),
    readLogs: (input) => call('readLogs', input),
    print: (input) => call('print', input),
    updateStatus: (input) => call('updateStatus', input),
    setUpdateFeed: (input) => call('setUpdateFeed', input),
    // A browser has no native menu: nothing here speaks first, so there is nothing to hear.
    on: () => () => {},
  };
}
