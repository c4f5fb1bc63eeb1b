import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register.ts';
import { sendEvent } from './ipc/send-event.ts';
import { installAppMenu } from './menu/install-menu.ts';
import { isPermissionGranted } from './security/url-policy.ts';
import { registerAppScheme, serveRenderer } from './services/app-protocol.ts';
import { startLogging } from './services/logging.ts';
import { createSettingsFile } from './services/settings-file.ts';
import { confirmFeedInDialog } from './updates/confirm-feed.ts';
import { startUpdates } from './updates/updater.ts';
import { createMainWindow } from './windows/main-window.ts';
import { watchRendererHealth } from './windows/recovery.ts';

// The provincial server the reviewer syncs with; the demo reference server by default.
const serverUrl = process.env['CE_SERVER_URL'] ?? 'http://127.0.0.1:8787/api/v1';
const rendererRoot = path.join(__dirname, '..', 'dist', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

registerAppScheme();
const appLog = startLogging(path.join(app.getPath('userData'), 'logs'), app.getPath('home'));

// One window writes the local database at a time: a second start only brings the first forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(isPermissionGranted(permission)),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
      isPermissionGranted(permission),
    );
    serveRenderer(rendererRoot, serverUrl);
    const updates = await startUpdates({
      isPackaged: app.isPackaged,
      settings: createSettingsFile(app.getPath('userData')),
      appLog,
      confirmFeed: confirmFeedInDialog(() => mainWindow),
    });
    registerIpc(
      createHandlers(() => mainWindow, serverUrl, appLog, updates),
      appLog,
    );
    installAppMenu({ isPackaged: app.isPackaged, platform: process.platform }, (command) =>
      sendEvent(mainWindow, 'menu', command),
    );
    appLog.write('info', 'app', `started ${app.getVersion()} on ${process.platform}`);
    mainWindow = createMainWindow(preloadPath, app.isPackaged);
    watchRendererHealth(mainWindow, appLog);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
