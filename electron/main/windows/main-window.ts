import path from 'node:path';
import { BrowserWindow, type WebContents } from 'electron';
import { appOrigin, isNavigationAllowed, windowOpenDecision } from '../security/url-policy.ts';

/** `isPackaged`: a reviewer's build cannot open the developer tools, not even by shortcut. */
export function createMainWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1280,
    minHeight: 720,
    show: false,
    title: '继续教育学时审核',
    webPreferences: {
      preload: path.resolve(preloadPath),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  });

  guard(window.webContents);
  // The evidence window (the one window.open allows) is held to the same rules.
  window.webContents.on('did-create-window', (child) => guard(child.webContents));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

/** No navigation away, no redirect, and window.open only as url-policy decides. */
function guard(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
}
