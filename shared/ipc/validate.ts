import { appError, err, ok, type Result } from '../errors/result.ts';
import { formatProblems, problemsOf } from '../contract/parse.ts';
import type { IpcChannel } from './channels.ts';
import { ipcContract, type IpcInput } from './contract.ts';

/** Main checks every input against the contract before any handler sees it. */
export function validateIpcInput<K extends IpcChannel>(
  channel: K,
  input: unknown,
): Result<IpcInput<K>> {
  const schema = ipcContract[channel].input;
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data as IpcInput<K>);
  const { zh, en } = formatProblems(problemsOf(channel, parsed.error));
  return err(appError('validation', `请求参数不正确：${zh}`, en));
}
