import { z } from 'zod';
import { rulebookIds } from '../contract/common.ts';
import type { Result } from '../errors/result.ts';
import type { IpcChannel } from './channels.ts';
import type { IpcSubscribe } from './events.ts';

/** Largest file the renderer may hand to or take from the host in one call. */
export const maxIpcFileBytes = 64 * 1024 * 1024;
/** Secrets are small: wrapped keys and verifiers, never documents. */
export const maxSecretChars = 16 * 1024;
/** One log line from the page: an error with its stack and component stack fits. */
export const maxLogMessageChars = 16 * 1024;

const bytes = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength <= maxIpcFileBytes, '文件过大');

/** A name the user sees in a save dialog; path parts are never accepted from the renderer. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && name !== '.' && name !== '..',
    '文件名含有非法字符',
  );

const fileFilter = z.strictObject({
  name: z.string().min(1).max(50),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

const secretKey = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/);

export const updateStates = [
  'disabled',
  'idle',
  'checking',
  'downloading',
  'ready',
  'error',
] as const;
const updateStatus = z.object({
  state: z.enum(updateStates),
  /** The mirror set in the settings; null means the feed built into the installer. */
  feedUrl: z.string().nullable(),
  /** The version on offer while downloading or ready. */
  version: z.string().optional(),
  percent: z.number().optional(),
  /** Chinese, for 关于: what is happening and what to do. */
  message: z.string(),
});

export const ipcContract = {
  appInfo: {
    input: z.strictObject({}),
    output: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      serverUrl: z.string(),
      shell: z.enum(['desktop', 'browser']),
      contractVersion: z.string(),
      rulebooks: z.array(z.object({ id: z.enum(rulebookIds), name: z.string() })).readonly(),
      /** The last year the statutory holiday calendar covers. */
      calendarLastYear: z.number().int(),
      /** Where this host keeps the reviewer's data, in words a support person can follow. */
      dataLocation: z.string(),
      /** Runtime versions for the diagnostics (Electron, Chromium, Node; or the user agent). */
      runtime: z.record(z.string(), z.string()),
      /**
       * What protects the secrets the host stores: the OS keychain; the reviewer's password alone
       * (Linux without a keyring, where safeStorage falls back to a fixed key); the browser's
       * non-extractable key; or nothing available.
       */
      secretProtection: z.enum(['os-keychain', 'password-only', 'browser', 'unavailable']),
    }),
  },
  saveFile: {
    input: z.strictObject({
      suggestedName: fileName,
      data: bytes,
      filters: z.array(fileFilter).max(5).optional(),
    }),
    output: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
  },
  openFile: {
    input: z.strictObject({
      filters: z.array(fileFilter).max(5).optional(),
      maxBytes: z.number().int().min(1).max(maxIpcFileBytes),
    }),
    output: z.union([
      z.object({ picked: z.literal(false) }),
      z.object({ picked: z.literal(true), fileName: z.string(), data: z.instanceof(Uint8Array) }),
    ]),
  },
  getSecret: {
    input: z.strictObject({ key: secretKey }),
    output: z.object({ value: z.string().nullable() }),
  },
  setSecret: {
    input: z.strictObject({ key: secretKey, value: z.string().max(maxSecretChars) }),
    output: z.object({}),
  },
  deleteSecret: {
    input: z.strictObject({ key: secretKey }),
    output: z.object({}),
  },
  /** The page's log lines go to the host's log (a file under Electron), redacted there. */
  log: {
    input: z.strictObject({
      level: z.enum(['info', 'warn', 'error']),
      scope: z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,39}$/),
      message: z.string().max(maxLogMessageChars),
    }),
    output: z.object({}),
  },
  /** The host's log files, oldest first, for 导出诊断信息. */
  readLogs: {
    input: z.strictObject({}),
    output: z.object({
      files: z.array(z.object({ name: z.string(), text: z.string() })),
    }),
  },
  /**
   * Prints the page as its print stylesheet lays it out: to a printer through the system dialog,
   * or to a PDF saved where the reviewer chooses (named `suggestedName`).
   */
  print: {
    input: z.strictObject({ mode: z.enum(['printer', 'pdf']), suggestedName: fileName }),
    output: z.object({ done: z.boolean(), fileName: z.string().optional() }),
  },
  /** Where the background update stands (downloaded updates install when the program quits). */
  updateStatus: {
    input: z.strictObject({}),
    output: updateStatus,
  },
  /** Sets the mirror updates come from (a province or unit may host one); null: the built-in. */
  setUpdateFeed: {
    input: z.strictObject({ feedUrl: z.string().max(500).nullable() }),
    output: updateStatus,
  },
} as const satisfies Record<IpcChannel, { input: z.ZodType; output: z.ZodType }>;

export type IpcInput<K extends IpcChannel> = z.input<(typeof ipcContract)[K]['input']>;
export type IpcOutput<K extends IpcChannel> = z.output<(typeof ipcContract)[K]['output']>;
export type IpcResult<K extends IpcChannel> = Result<IpcOutput<K>>;

/** The one interface the renderer talks to, whichever host provides it. */
export type AppApi = {
  readonly [K in IpcChannel]: (input: IpcInput<K>) => Promise<IpcResult<K>>;
} & { readonly on: IpcSubscribe };
