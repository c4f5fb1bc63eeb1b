import { autoUpdater } from 'electron-updater';
import { appError, err, ok, type Result } from '../../../shared/errors/result.ts';
import type { AppLog } from '../services/logging.ts';
import type { MainSettings } from '../services/settings-file.ts';
import {
  checkFeedUrl,
  initialUpdateStatus,
  shouldCheck,
  updateStatusAfter,
  type UpdateEvent,
  type UpdateStatus,
} from './update-policy.ts';

export interface UpdateService {
  status(): UpdateStatus;
  /** Sets (or with null clears) the mirror, saves it, and looks there at once. */
  setFeed(feedUrl: string | null): Promise<Result<UpdateStatus>>;
}

export interface UpdateOptions {
  readonly isPackaged: boolean;
  readonly settings: {
    read(): Promise<MainSettings>;
    write(settings: MainSettings): Promise<void>;
  };
  readonly appLog: AppLog;
  /**
   * Asks the reviewer in a native dialog, which the page cannot answer for them: a page that
   * could set the feed alone could have any program installed as the next update.
   */
  readonly confirmFeed: (feedUrl: string | null) => Promise<boolean>;
}

/** How often the timer asks update-policy whether it is time to look. */
const tickMs = 15 * 60_000;

/**
 * electron-updater on a generic feed: the mirror from the settings, else the one built into the
 * installer (electron-builder.yml `publish`). Downloads run in the background and install when
 * the program quits.
 */
export async function startUpdates({
  isPackaged,
  settings,
  appLog,
  confirmFeed,
}: UpdateOptions): Promise<UpdateService> {
  const saved = await settings.read();
  let status = initialUpdateStatus(isPackaged, saved.updateFeedUrl);
  let lastCheckAt: number | null = null;
  const note = (event: UpdateEvent) => {
    status = updateStatusAfter(status, event);
    if (event.kind === 'error') appLog.write('warn', 'update', event.detail);
    else if (event.kind !== 'progress')
      appLog.write('info', 'update', `${event.kind} ${status.version ?? ''}`);
  };

  function useFeed(feedUrl: string | null): void {
    // Without a mirror electron-updater reads app-update.yml, written by electron-builder.
    if (feedUrl !== null) autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
  }

  function tick(): void {
    const now = Date.now();
    if (!shouldCheck(status, lastCheckAt, now)) return;
    lastCheckAt = now;
    autoUpdater
      .checkForUpdates()
      .catch((error: unknown) => note({ kind: 'error', detail: String(error) }));
  }

  if (isPackaged) {
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.logger = {
      info: (message: unknown) => appLog.write('info', 'updater', String(message)),
      warn: (message: unknown) => appLog.write('warn', 'updater', String(message)),
      error: (message: unknown) => appLog.write('error', 'updater', String(message)),
    };
    autoUpdater.on('checking-for-update', () => note({ kind: 'checking' }));
    autoUpdater.on('update-not-available', () => note({ kind: 'none' }));
    autoUpdater.on('update-available', (info) =>
      note({ kind: 'available', version: info.version }),
    );
    autoUpdater.on('download-progress', (progress) =>
      note({ kind: 'progress', percent: progress.percent }),
    );
    autoUpdater.on('update-downloaded', (event) =>
      note({ kind: 'downloaded', version: event.version }),
    );
    autoUpdater.on('error', (error) => note({ kind: 'error', detail: String(error) }));
    useFeed(saved.updateFeedUrl);
    tick();
    setInterval(tick, tickMs).unref();
  }

  return {
    status: () => status,
    async setFeed(input) {
      let feedUrl: string | null = null;
      if (input !== null && input.trim() !== '') {
        const checked = checkFeedUrl(input);
        if (!checked.ok) return checked;
        feedUrl = checked.value;
      }
      if (status.state === 'downloading') {
        return err(appError('conflict', '正在下载更新，请等下载完成后再更改更新地址。'));
      }
      if (!(await confirmFeed(feedUrl))) {
        return err(appError('validation', '已取消，更新地址未更改。'));
      }
      await settings.write({ ...(await settings.read()), updateFeedUrl: feedUrl });
      appLog.write('info', 'update', `feed set to ${feedUrl ?? 'built-in'}`);
      // A downloaded update still installs on quit; anything else starts over on the new feed.
      status =
        status.state === 'ready'
          ? { ...status, feedUrl }
          : initialUpdateStatus(isPackaged, feedUrl);
      if (isPackaged && feedUrl !== null) {
        useFeed(feedUrl);
        lastCheckAt = null;
        tick();
      } else if (isPackaged && status.state !== 'ready') {
        // electron-updater reads the built-in feed (app-update.yml) only when it starts.
        status = { ...status, message: '已改回安装包内置的更新地址，下次启动程序时生效。' };
      }
      return ok(status);
    },
  };
}
