import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { parseDocument, pathId } from '../../../shared/contract/index.ts';
import type { SessionInfo } from '../../db/accounts.ts';
import { sendProblem } from '../problems.ts';

const paramsSchema = z.strictObject({ unitId: pathId });

/** Checks the path's unit against the token's; answers the problem or the unit id. */
export function scopedUnit(
  session: SessionInfo,
  params: unknown,
  reply: FastifyReply,
): string | undefined {
  const parsed = parseDocument(paramsSchema, params, '请求路径');
  if (!parsed.ok) {
    void sendProblem(reply, 'invalid-request', parsed.error.message);
    return undefined;
  }
  if (parsed.value.unitId !== session.unitId) {
    void sendProblem(reply, 'forbidden', '登录账号只能访问本单位的数据。');
    return undefined;
  }
  return parsed.value.unitId;
}
