import { describe, expect, it } from 'vitest';
import {
  checkFeedUrl,
  checkIntervalMs,
  feedConfirmation,
  initialUpdateStatus,
  shouldCheck,
  updateStatusAfter,
  type UpdateStatus,
} from './update-policy.ts';

describe('checkFeedUrl', () => {
  it('accepts an https folder and adds the final slash the provider needs', () => {
    expect(checkFeedUrl(' https://jxjy.example.cn/updates ')).toEqual({
      ok: true,
      value: 'https://jxjy.example.cn/updates/',
    });
  });

  it('accepts plain http only on this machine', () => {
    expect(checkFeedUrl('http://127.0.0.1:8080/updates/')).toEqual({
      ok: true,
      value: 'http://127.0.0.1:8080/updates/',
    });
    expect(checkFeedUrl('http://mirror.example.cn/updates/')).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: '更新地址必须以 https:// 开头，以免安装包在传输途中被替换。',
      },
    });
  });

  it('refuses credentials or a query in the address, and what is not an address', () => {
    expect(checkFeedUrl('https://user:pw@mirror.example.cn/u/').ok).toBe(false);
    expect(checkFeedUrl('https://mirror.example.cn/u/?token=1').ok).toBe(false);
    expect(checkFeedUrl('更新服务器')).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: '更新地址格式不正确，应以 https:// 开头，例如 https://jxjy.example.cn/updates/。',
      },
    });
  });
});

describe('shouldCheck', () => {
  const idle = initialUpdateStatus(true, null);

  it('never checks when running from the source tree', () => {
    expect(shouldCheck(initialUpdateStatus(false, null), null, 0)).toBe(false);
  });

  it('checks at once, then again only after the interval', () => {
    expect(shouldCheck(idle, null, 1000)).toBe(true);
    expect(shouldCheck(idle, 1000, 1000 + checkIntervalMs - 1)).toBe(false);
    expect(shouldCheck(idle, 1000, 1000 + checkIntervalMs)).toBe(true);
  });

  it('does not check again while a download runs or an update waits for the quit', () => {
    const downloading = updateStatusAfter(idle, { kind: 'available', version: '0.2.0' });
    const ready = updateStatusAfter(downloading, { kind: 'downloaded', version: '0.2.0' });
    expect(shouldCheck(downloading, 0, 10 * checkIntervalMs)).toBe(false);
    expect(shouldCheck(ready, 0, 10 * checkIntervalMs)).toBe(false);
  });
});

describe('updateStatusAfter', () => {
  const mirror = 'https://mirror.example.cn/u/';
  const idle: UpdateStatus = initialUpdateStatus(true, mirror);

  it('follows a found update from download to install on quit', () => {
    const available = updateStatusAfter(idle, { kind: 'available', version: '0.2.0' });
    const halfway = updateStatusAfter(available, { kind: 'progress', percent: 49.6 });
    expect(halfway).toEqual({
      state: 'downloading',
      feedUrl: mirror,
      version: '0.2.0',
      percent: 50,
      message: '正在后台下载新版本 0.2.0，不影响审核。',
    });
    expect(updateStatusAfter(halfway, { kind: 'downloaded', version: '0.2.0' })).toEqual({
      state: 'ready',
      feedUrl: mirror,
      version: '0.2.0',
      message: '新版本 0.2.0 已下载，退出程序时自动安装。',
    });
  });

  it('says the version is current when the feed has nothing newer', () => {
    expect(updateStatusAfter(idle, { kind: 'none' })).toEqual({
      state: 'idle',
      feedUrl: mirror,
      message: '已是最新版本。',
    });
  });

  it('keeps the technical cause out of the message when the feed fails', () => {
    const failed = updateStatusAfter(idle, { kind: 'error', detail: 'ENOTFOUND mirror' });
    expect(failed.state).toBe('error');
    expect(failed.message).not.toContain('ENOTFOUND');
  });
});

describe('feedConfirmation', () => {
  it('names the new feed and says what it will be used for', () => {
    expect(feedConfirmation('https://mirror.example.cn/u/')).toEqual({
      message: '将更新地址改为 https://mirror.example.cn/u/ ？',
      detail:
        '今后的新版本将从该地址下载，并在退出程序时自动安装。请只使用省或单位信息部门提供的地址。',
      buttons: ['更改', '取消'],
    });
  });

  it('asks about going back to the built-in feed when the mirror is cleared', () => {
    expect(feedConfirmation(null).message).toBe('改回安装包内置的更新地址？');
  });
});
