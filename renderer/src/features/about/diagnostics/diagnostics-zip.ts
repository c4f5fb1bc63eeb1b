import { strToU8, zipSync, type Zippable } from 'fflate';
import type { IpcOutput } from '#shared/ipc/contract.ts';
import { redactPersonalData } from '#shared/privacy/redact.ts';

/** Plain facts about the sync, as the shell knows them (no names, no records). */
export type SyncFacts = Readonly<Record<string, string | number | boolean | null>>;

export interface DiagnosticsInput {
  readonly appInfo: IpcOutput<'appInfo'>;
  readonly logs: IpcOutput<'readLogs'>['files'];
  /** null before sign-in, when there is no sync yet. */
  readonly sync: SyncFacts | null;
  readonly now: Date;
}

const readme = [
  '本诊断包由“继续教育学时审核”导出，供技术支持排查问题。',
  '',
  '内容：',
  '  versions.json  程序、接口规范、认定规则、节假日日历和运行环境的版本',
  '  sync.json      同步状态（上次成功时间、上次错误、待同步条数等）',
  '  logs/          本机日志（最近的若干文件）',
  '',
  '不含个人信息：身份证号、手机号和座机号在写入日志时已隐去，打包时又检查了一遍；',
  '不含人员名单、申报记录和审核结果。',
].join('\n');

function beijingStamp(time: Date): string {
  return new Date(time.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

export function diagnosticsFileName(now: Date): string {
  return `诊断信息-${beijingStamp(now)}.zip`;
}

const text = (value: string) => strToU8(redactPersonalData(value));
const json = (value: unknown) => text(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The zip a reviewer sends to support. Every text is redacted here once more, whatever the
 * host did, since the file leaves the machine. The data location is left out: its path carries
 * the computer user's name.
 */
export function buildDiagnosticsZip({ appInfo, logs, sync, now }: DiagnosticsInput): Uint8Array {
  const { dataLocation: _dataLocation, ...versions } = appInfo;
  const files: Zippable = {
    '说明.txt': text(readme),
    'versions.json': json({ exportedAt: now.toISOString(), ...versions }),
    'sync.json': json(sync ?? { signedIn: false }),
  };
  for (const log of logs) files[`logs/${log.name}`] = text(log.text);
  return zipSync(files, { level: 6, mtime: now });
}
