import { appError, err } from '../../../shared/errors/result.ts';
import {
  validateIpcInput,
  type IpcChannel,
  type IpcInput,
  type IpcResult,
} from '../../../shared/ipc/index.ts';
import { isTrustedSender } from '../security/url-policy.ts';

export type IpcHandlers = {
  readonly [K in IpcChannel]: (input: IpcInput<K>) => Promise<IpcResult<K>>;
};

export interface SenderFrame {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/**
 * Every IPC call passes here: the sender must be our own top-level document and the input must
 * keep the contract before a handler runs; whatever happens, the answer is a Result envelope.
 */
export async function dispatchIpc<K extends IpcChannel>(
  channel: K,
  frame: SenderFrame | null,
  input: unknown,
  handlers: IpcHandlers,
): Promise<IpcResult<K>> {
  if (!isTrustedSender(frame)) {
    return err(
      appError('unauthorized', '拒绝来自未知页面的请求。', `untrusted sender for ${channel}`),
    );
  }
  const valid = validateIpcInput(channel, input);
  if (!valid.ok) return valid;
  try {
    return await handlers[channel](valid.value);
  } catch (error) {
    return err(appError('internal', '操作失败，请重试；如仍失败请联系技术支持。', String(error)));
  }
}
