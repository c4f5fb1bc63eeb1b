import type { FastifyRequest } from 'fastify';
import type { SessionInfo } from '../db/accounts.ts';
import type { Database } from '../db/database.ts';
import type { Faults } from './faults.ts';

export interface ServerContext {
  readonly db: Database;
  readonly now: () => number;
  readonly faults: Faults;
  readonly sessions: WeakMap<FastifyRequest, SessionInfo>;
}

/** The session the auth hook attached; routes behind the hook always have one. */
export function sessionOf(context: ServerContext, request: FastifyRequest): SessionInfo {
  const session = context.sessions.get(request);
  if (session === undefined)
    throw new Error(`No session for ${request.url}: route is missing the auth hook`);
  return session;
}
