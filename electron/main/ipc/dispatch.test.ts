import { describe, expect, it, vi } from 'vitest';
import { appFacts } from '../../../shared/about/app-facts.ts';
import { ok } from '../../../shared/errors/result.ts';
import { dispatchIpc, type IpcHandlers } from './dispatch.ts';

const noUpdates = { state: 'disabled' as const, feedUrl: null, message: '' };
const appFrame = { url: 'app://reviewer/index.html', isMainFrame: true };

function fakeHandlers(): IpcHandlers {
  return {
    appInfo: vi.fn(() =>
      Promise.resolve(
        ok({
          name: 'x',
          version: '1',
          platform: 'linux',
          serverUrl: '',
          shell: 'desktop' as const,
          ...appFacts(),
          dataLocation: '/home/x/.config/ce',
          runtime: {},
          secretProtection: 'os-keychain' as const,
        }),
      ),
    ),
    saveFile: vi.fn(() => Promise.resolve(ok({ saved: true }))),
    openFile: vi.fn(() => Promise.resolve(ok({ picked: false as const }))),
    getSecret: vi.fn(() => Promise.resolve(ok({ value: null }))),
    setSecret: vi.fn(() => Promise.resolve(ok({}))),
    deleteSecret: vi.fn(() => Promise.resolve(ok({}))),
    log: vi.fn(() => Promise.resolve(ok({}))),
    readLogs: vi.fn(() => Promise.resolve(ok({ files: [] }))),
    print: vi.fn(() => Promise.resolve(ok({ done: true }))),
    updateStatus: vi.fn(() => Promise.resolve(ok(noUpdates))),
    setUpdateFeed: vi.fn(() => Promise.resolve(ok(noUpdates))),
  };
}

describe('dispatchIpc', () => {
  it('answers a valid call from our own document', async () => {
    const handlers = fakeHandlers();
    const result = await dispatchIpc('getSecret', appFrame, { key: 'db-key' }, handlers);
    expect(result).toEqual({ ok: true, value: { value: null } });
    expect(handlers.getSecret).toHaveBeenCalledWith({ key: 'db-key' });
  });

  it('refuses a call when it comes from a sub-frame', async () => {
    const handlers = fakeHandlers();
    const result = await dispatchIpc(
      'getSecret',
      { url: 'app://reviewer/index.html', isMainFrame: false },
      { key: 'db-key' },
      handlers,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unauthorized');
    expect(handlers.getSecret).not.toHaveBeenCalled();
  });

  it('refuses a call when it comes from a remote page', async () => {
    const handlers = fakeHandlers();
    const result = await dispatchIpc(
      'appInfo',
      { url: 'https://example.com/', isMainFrame: true },
      {},
      handlers,
    );
    expect(result.ok).toBe(false);
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('refuses a save whose file name carries a path', async () => {
    const handlers = fakeHandlers();
    const result = await dispatchIpc(
      'saveFile',
      appFrame,
      { suggestedName: '../../.bashrc', data: new Uint8Array([1]) },
      handlers,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.message).toContain('suggestedName');
    }
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('refuses malformed inputs: wrong types, extra fields, bad keys', async () => {
    const handlers = fakeHandlers();
    const bad: [Parameters<typeof dispatchIpc>[0], unknown][] = [
      ['saveFile', { suggestedName: 'a.xlsx', data: 'not bytes' }],
      ['appInfo', { extra: 1 }],
      ['getSecret', { key: '../etc' }],
      ['setSecret', { key: 'k', value: 'x'.repeat(20_000) }],
      ['openFile', { maxBytes: -1 }],
      ['deleteSecret', null],
    ];
    for (const [channel, input] of bad) {
      const result = await dispatchIpc(channel, appFrame, input, handlers);
      expect(result.ok, channel).toBe(false);
    }
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.getSecret).not.toHaveBeenCalled();
  });

  it('turns a handler crash into an internal error envelope', async () => {
    const handlers = { ...fakeHandlers(), setSecret: () => Promise.reject(new Error('disk full')) };
    const result = await dispatchIpc('setSecret', appFrame, { key: 'k', value: 'v' }, handlers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });
});
