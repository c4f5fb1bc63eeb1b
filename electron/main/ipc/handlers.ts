import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { appFacts } from '../../../shared/about/app-facts.ts';
import { appError, err, ok } from '../../../shared/errors/result.ts';
import type { AppLog } from '../services/logging.ts';
import { createSecretStore } from '../services/secrets.ts';
import type { IpcHandlers } from './dispatch.ts';

export function createHandlers(
  window: () => BrowserWindow | null,
  serverUrl: string,
  appLog: AppLog,
): IpcHandlers {
  const secrets = createSecretStore(path.join(app.getPath('userData'), 'secrets'));

  return {
    appInfo: () =>
      Promise.resolve(
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
        }),
      ),

    async saveFile({ suggestedName, data, filters }) {
      const owner = window();
      const options = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: filters ?? [],
      };
      const choice = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || choice.filePath === '') return ok({ saved: false });
      await fs.writeFile(choice.filePath, data);
      return ok({ saved: true, fileName: path.basename(choice.filePath) });
    },

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
  };
}
