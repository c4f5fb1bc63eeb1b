import { appError, err } from '../../../shared/errors/result.ts';
import {
  handleIpc,
  type IpcChannel,
  type IpcHandlers,
  type IpcResult,
} from '../../../shared/ipc/index.ts';
import { isTrustedSender } from '../security/url-policy.ts';

export type { IpcHandlers };

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
  return handleIpc(channel, input, handlers);
}
