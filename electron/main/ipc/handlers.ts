import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { appFacts } from '../../../shared/about/app-facts.ts';
import { appError, err, ok } from '../../../shared/errors/result.ts';
import type { AppLog } from '../services/logging.ts';
import { printWindow } from '../services/printing.ts';
import { saveThroughDialog } from '../services/save-dialog.ts';
import { createSecretStore } from '../services/secrets.ts';
import type { UpdateService } from '../updates/updater.ts';
import type { IpcHandlers } from './dispatch.ts';

export function createHandlers(
  window: () => BrowserWindow | null,
  serverUrl: string,
  appLog: AppLog,
  updates: UpdateService,
): IpcHandlers {
  const secrets = createSecretStore(path.join(app.getPath('userData'), 'secrets'), appLog);

  return {
    appInfo: async () =>
      ok({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        serverUrl,
        shell: 'desktop' as const,
        ...appFacts(),
        dataLocation: app.getPath('userData'),
        runtime: {
          electron: process.versions.electron,
          chrome: process.versions.chrome,
          node: process.versions.node,
          os: `${process.platform} ${process.getSystemVersion()} ${process.arch}`,
        },
        secretProtection: await secrets.protection(),
      }),

    saveFile: async ({ suggestedName, data, filters }) =>
      ok(await saveThroughDialog(window(), suggestedName, data, filters ?? [])),

    async openFile({ filters, maxBytes }) {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: filters ?? [] };
      const choice = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const picked = choice.filePaths[0];
      if (picked === undefined) return ok({ picked: false as const });
      const stat = await fs.stat(picked);
      if (stat.size > maxBytes) {
        return err(
          appError('validation', `文件过大（超过 ${Math.round(maxBytes / 1048576)} MB），未读取。`),
        );
      }
      const data = new Uint8Array(await fs.readFile(picked));
      return ok({ picked: true as const, fileName: path.basename(picked), data });
    },

    getSecret: ({ key }) => secrets.get(key),
    setSecret: ({ key, value }) => secrets.set(key, value),
    deleteSecret: ({ key }) => secrets.remove(key),

    log: ({ level, scope, message }) => {
      appLog.write(level, `page:${scope}`, message);
      return Promise.resolve(ok({}));
    },
    readLogs: async () => ok({ files: await appLog.readAll() }),

    print: ({ mode, suggestedName }) => printWindow(window(), mode, suggestedName),

    updateStatus: () => Promise.resolve(ok(updates.status())),
    setUpdateFeed: ({ feedUrl }) => updates.setFeed(feedUrl),
  };
}
