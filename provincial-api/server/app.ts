import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { parseDocument } from '../../shared/contract/index.ts';
import { expireAllSessions, findSession } from '../db/accounts.ts';
import type { Database } from '../db/database.ts';
import type { ServerContext } from './context.ts';
import { createFaults, faultsBodySchema, isLoopback, type Faults } from './faults.ts';
import { sendProblem } from './problems.ts';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { authRoutes } from './routes/auth.ts';
import { projectRoutes } from './routes/projects.ts';
import { recordRoutes } from './routes/records.ts';

export interface AppOptions {
  readonly db: Database;
  /** Serve `/__faults` (loopback callers only). Off by default. */
  readonly faults?: boolean;
  /** One line per request on this sink; silent when absent. */
  readonly log?: (line: string) => void;
  /** The wall clock; tests move it to age tokens and lockouts. */
  readonly now?: () => number;
  /** Per-address request budget; `false` turns the real limiter off (injected 429s still work). */
  readonly rateLimit?: RateLimitOptions | false;
  /** Randomness for fault draws. */
  readonly random?: () => number;
}

export const defaultRateLimit: RateLimitOptions = { perSecond: 200, burst: 400 };
// The renderer in browser mode (another loopback origin) and the desktop app's own scheme.
const loopbackOrigin = /^(https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?|app:\/\/reviewer)$/;
const publicRoutes = new Set(['/api/v1/auth/login']);
const passwordRoute = '/api/v1/auth/password';

/** Browser clients on another loopback origin (the renderer in Chromium) may call; others not. */
function allowCors(request: FastifyRequest, reply: FastifyReply): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || !loopbackOrigin.test(origin)) return false;
  reply
    .header('access-control-allow-origin', origin)
    .header('vary', 'Origin')
    .header('access-control-expose-headers', 'ETag, Retry-After');
  return true;
}

export function buildApp(options: AppOptions): { app: FastifyInstance; faults: Faults } {
  const now = options.now ?? Date.now;
  const faults = createFaults(options.random);
  const context: ServerContext = { db: options.db, now, faults, sessions: new WeakMap() };
  const limit =
    options.rateLimit === false
      ? undefined
      : createRateLimiter(options.rateLimit ?? defaultRateLimit, now);
  const app = Fastify({ bodyLimit: 1024 * 1024, logger: false, return503OnClosing: true });

  app.addHook('onRequest', async (request, reply) => {
    const isCors = allowCors(request, reply);
    if (request.method === 'OPTIONS' && isCors) {
      return reply
        .code(204)
        .header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-allow-headers', 'Authorization, Content-Type, If-None-Match')
        .header('access-control-max-age', '600')
        .send();
    }
    const route = request.routeOptions.url;
    if (route?.startsWith('/api/v1/') !== true) return undefined;
    // Staff records, claims, evidence and sessions carry 身份证号, phone numbers and names: no
    // browser or proxy may keep a copy (a client keeps what it needs in its own store, and asks
    // for an evidence file again with If-None-Match).
    reply.header('cache-control', 'no-store');
    if (options.faults === true) {
      const settings = faults.settings();
      if (settings.latencyMs > 0)
        await new Promise((resolve) => setTimeout(resolve, settings.latencyMs));
      const injected = faults.drawError();
      if (injected === 500) return sendProblem(reply, 'internal', '注入的故障（测试用）。');
      if (injected !== undefined) {
        const kind = injected === 503 ? 'unavailable' : 'rate-limited';
        return sendProblem(reply, kind, '注入的故障（测试用）。', settings.retryAfterSeconds);
      }
    }
    const waitSeconds = limit?.(request.ip) ?? 0;
    if (waitSeconds > 0)
      return sendProblem(reply, 'rate-limited', '请求过于频繁，请稍后再试。', waitSeconds);
    if (publicRoutes.has(route)) return undefined;
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/i.exec(header)?.[1];
    const session = token === undefined ? undefined : await findSession(options.db, token, now());
    if (session === undefined)
      return sendProblem(reply, 'token-expired', '登录已失效，请重新登录。');
    if (session.mustChange && route !== passwordRoute) {
      return sendProblem(
        reply,
        'password-change-required',
        '首次登录须先修改初始密码（身份证号后六位）。',
      );
    }
    context.sessions.set(request, session);
    return undefined;
  });

  if (options.faults === true) {
    // Cut the connection after the handler has run, so the server has acted but the client
    // never hears the answer: the case idempotent retries exist for.
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/api/v1/') || !faults.drawReset()) return payload;
      const socket = request.raw.socket;
      socket.write(
        `HTTP/1.1 ${reply.statusCode} OK\r\nContent-Type: application/json\r\nContent-Length: 65536\r\n\r\n{"documents":[`,
      );
      socket.destroy();
      return payload;
    });
    app.route({
      method: ['GET', 'POST', 'DELETE'],
      url: '/__faults',
      handler: async (request, reply) => {
        if (!isLoopback(request.socket.remoteAddress)) return sendProblem(reply, 'not-found');
        if (request.method === 'DELETE') faults.clear();
        if (request.method === 'POST') {
          const parsed = parseDocument(faultsBodySchema, request.body, '故障设置');
          if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
          faults.set(parsed.value);
          if (parsed.value.expireTokensNow === true) await expireAllSessions(options.db);
        }
        return reply.send(faults.settings());
      },
    });
  }

  authRoutes(app, context);
  recordRoutes(app, context);
  projectRoutes(app, context);
  attachmentRoutes(app, context);

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 'not-found', `没有这个接口：${request.method} ${request.url}`),
  );
  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413)
      return sendProblem(reply, 'payload-too-large', '请求内容不能超过 1 MiB，请分批提交。');
    if (status === 415)
      return sendProblem(reply, 'unsupported-media-type', '请以 application/json 提交。');
    if (status >= 400 && status < 500)
      return sendProblem(reply, 'invalid-request', `请求无法解析：${error.message ?? ''}`);
    options.log?.(`ERROR ${request.method} ${request.url} ${String(error.message)}`);
    return sendProblem(reply, 'internal', '服务器处理请求时出错，请稍后重试。');
  });

  if (options.log !== undefined) {
    const log = options.log;
    app.addHook('onResponse', async (request, reply) => {
      log(
        `${new Date().toISOString()} ${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`,
      );
    });
  }
  return { app, faults };
}
