import { appError, err, ok, type Result } from '../errors/result.ts';
import { formatProblems, problemsOf } from '../contract/parse.ts';
import type { IpcChannel } from './channels.ts';
import { ipcContract, type IpcHandlers, type IpcInput, type IpcResult } from './contract.ts';

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

/**
 * Checks the input, then runs the channel's handler; a handler that throws still answers a Result.
 * The one path of every call, whether main answers it (Electron) or the browser host does.
 */
export async function handleIpc<K extends IpcChannel>(
  channel: K,
  input: unknown,
  handlers: IpcHandlers,
): Promise<IpcResult<K>> {
  const valid = validateIpcInput(channel, input);
  if (!valid.ok) return valid;
  try {
    return await handlers[channel](valid.value);
  } catch (error) {
    return err(appError('internal', '操作失败，请重试；如仍失败请联系技术支持。', String(error)));
  }
}
