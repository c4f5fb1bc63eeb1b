import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  loginRequestSchema,
  parseDocument,
  passwordChangeRequestSchema,
  passwordProblem,
  type Session,
} from '../../../shared/contract/index.ts';
import {
  attemptLogin,
  checkPassword,
  createSession,
  findAccount,
  findUnit,
  setPassword,
} from '../../db/accounts.ts';
import { isoOf } from '../../db/clock.ts';
import { sessionOf, type ServerContext } from '../context.ts';
import { sendProblem } from '../problems.ts';

/**
 * The password change as the server reads it: a new password under 8 characters is refused by
 * `passwordProblem` as `weak-password`, which says more than the schema's bare 400 would.
 */
const passwordSchema = passwordChangeRequestSchema.extend({ newPassword: z.string().max(128) });

const lockedDetail = '连续 5 次密码错误，账号已锁定 15 分钟，请稍后再试。';

export function authRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, now } = context;

  app.post('/api/v1/auth/login', async (request, reply) => {
    const parsed = parseDocument(loginRequestSchema, request.body, '登录请求');
    if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
    const { account, password } = parsed.value;
    const t = now();
    const outcome = await attemptLogin(db, account, password, t);
    if (outcome.kind === 'locked') {
      return sendProblem(reply, 'locked', lockedDetail, outcome.waitMs / 1000);
    }
    if (outcome.kind === 'wrong') {
      return outcome.waitMs > 0
        ? sendProblem(reply, 'locked', lockedDetail, outcome.waitMs / 1000)
        : sendProblem(reply, 'invalid-credentials', '请核对账号（管理员身份证号）和密码后重试。');
    }
    const { row } = outcome;
    const unit = await findUnit(db, row.unitId);
    if (unit === undefined) throw new Error(`Account ${row.account} has no unit`);
    const { token, expiresMs } = await createSession(db, row, t);
    const session: Session = {
      token,
      expiresAt: isoOf(expiresMs),
      mustChangePassword: row.mustChange,
      admin: { id: row.adminId, name: row.adminName },
      unit,
    };
    return reply.send(session);
  });

  app.post('/api/v1/auth/password', async (request, reply) => {
    const parsed = parseDocument(passwordSchema, request.body, '修改密码请求');
    if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
    const session = sessionOf(context, request);
    const row = await findAccount(db, session.account);
    if (row === undefined) return sendProblem(reply, 'token-expired');
    if (!(await checkPassword(row, parsed.value.oldPassword))) {
      return sendProblem(reply, 'wrong-password', '原密码不正确，请重新输入。');
    }
    const weak = passwordProblem(row.account, parsed.value.newPassword);
    if (weak !== undefined) return sendProblem(reply, 'weak-password', weak);
    await setPassword(db, session, parsed.value.newPassword);
    return reply.code(204).send();
  });
}
