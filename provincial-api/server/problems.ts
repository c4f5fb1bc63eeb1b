import type { FastifyReply } from 'fastify';
import type { Problem, ProblemKind } from '../../shared/contract/index.ts';

export const problemTypeBase = 'https://provincial-api.example/problems/';

const statusAndTitle: Record<ProblemKind, readonly [number, string]> = {
  'invalid-request': [400, '请求不符合接口规范'],
  'invalid-credentials': [401, '账号或密码不正确'],
  'wrong-password': [400, '原密码不正确'],
  'weak-password': [400, '新密码不符合要求'],
  'token-expired': [401, '登录已过期，请重新登录'],
  'password-change-required': [403, '请先修改初始密码'],
  forbidden: [403, '无权访问其他单位的数据'],
  'not-found': [404, '找不到请求的内容'],
  locked: [423, '账号已被临时锁定'],
  'payload-too-large': [413, '请求内容超过 1 MiB'],
  'unsupported-media-type': [415, '请求内容须为 JSON'],
  'rate-limited': [429, '请求过于频繁，请稍后再试'],
  unavailable: [503, '服务暂时不可用，请稍后再试'],
  internal: [500, '服务器内部错误'],
  'invalid-project': [400, '培训项目备案不符合要求'],
  'project-id-reused': [409, '项目编号已用于另一项备案'],
  'project-not-ended': [409, '培训项目尚未结束'],
  'attendance-id-reused': [409, '学时报送编号已用于另一次报送'],
};

export function problemOf(kind: ProblemKind, detail?: string): Problem {
  const [status, title] = statusAndTitle[kind];
  return {
    type: problemTypeBase + kind,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** Sends an RFC 9457 problem; `retryAfterSeconds` adds the Retry-After header. */
export function sendProblem(
  reply: FastifyReply,
  kind: ProblemKind,
  detail?: string,
  retryAfterSeconds?: number,
): FastifyReply {
  const problem = problemOf(kind, detail);
  if (retryAfterSeconds !== undefined)
    reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds))));
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
