import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appFacts } from '#shared/about/app-facts.ts';
import { buildDiagnosticsZip, diagnosticsFileName } from './diagnostics-zip.ts';

const appInfo = {
  name: '继续教育学时审核',
  version: '0.1.0',
  platform: 'linux',
  serverUrl: 'https://jxjy.example.invalid/api/v1',
  shell: 'desktop' as const,
  ...appFacts(),
  dataLocation: '/home/zhangsan/.config/ce-reviewer',
  runtime: { electron: '45.4.1' },
  secretProtection: 'password-only' as const,
};

describe('buildDiagnosticsZip', () => {
  const zip = buildDiagnosticsZip({
    appInfo,
    logs: [
      { name: 'main.1.log', text: '[info] started' },
      { name: 'main.log', text: '[error] staff 37060219800101008X phone 13800138000 not found' },
    ],
    sync: { lastError: '人员 370602198001010015 上传失败', pending: 3, online: true },
    now: new Date('2026-11-30T08:30:00Z'),
  });
  const files = unzipSync(zip);
  const texts = Object.fromEntries(Object.entries(files).map(([n, d]) => [n, strFromU8(d)]));

  it('holds the readme, versions, sync status and each log file', () => {
    expect(Object.keys(texts).sort()).toEqual([
      'logs/main.1.log',
      'logs/main.log',
      'sync.json',
      'versions.json',
      '说明.txt',
    ]);
    expect(JSON.parse(texts['sync.json'] ?? '')).toEqual({
      lastError: '人员 [身份证号] 上传失败',
      pending: 3,
      online: true,
    });
    expect(texts['logs/main.log']).toBe('[error] staff [身份证号] phone [电话] not found');
  });

  it('holds no 身份证号, phone number or home folder whatever the host sent', () => {
    const all = Object.values(texts).join('\n');
    expect(all.match(/\d{17}[\dX]|1[3-9]\d{9}|zhangsan/g)).toBeNull();
    const versions = JSON.parse(texts['versions.json'] ?? '') as Record<string, unknown>;
    expect(versions).toEqual({
      exportedAt: '2026-11-30T08:30:00.000Z',
      name: '继续教育学时审核',
      version: '0.1.0',
      platform: 'linux',
      serverUrl: 'https://jxjy.example.invalid/api/v1',
      shell: 'desktop',
      ...JSON.parse(JSON.stringify(appFacts())),
      runtime: { electron: '45.4.1' },
      secretProtection: 'password-only',
    });
  });

  it('marks the sync as signed out when there is no sync yet', () => {
    const bare = unzipSync(buildDiagnosticsZip({ appInfo, logs: [], sync: null, now: new Date() }));
    expect(strFromU8(bare['sync.json'] ?? new Uint8Array())).toBe('{\n  "signedIn": false\n}\n');
  });
});

describe('diagnosticsFileName', () => {
  it('names the file by the export time in China', () => {
    expect(diagnosticsFileName(new Date('2026-11-30T16:05:00Z'))).toBe(
      '诊断信息-20261201-0005.zip',
    );
  });
});
