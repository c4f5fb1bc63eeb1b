import type { z } from 'zod';
import {
  decisionResultsSchema,
  problemSchema,
  pullPageSchema,
  sessionSchema,
  unitSchema,
  type Checkpoint,
  type Decision,
  type DecisionResult,
  type PullPage,
  type Session,
  type Unit,
} from '#shared/contract/index.ts';
import { err, ok, type Result } from '#shared/errors/result.ts';
import { parseRetryAfter } from './retry-policy.ts';

export type ApiFailure =
  | { readonly kind: 'network'; readonly message: string }
  | {
      readonly kind: 'http';
      readonly status: number;
      readonly problemType?: string;
      readonly title?: string;
      readonly detail?: string;
      readonly retryAfterSeconds?: number;
    }
  | { readonly kind: 'malformed'; readonly message: string };

export type ApiResult<T> = Result<T, ApiFailure>;

export interface ApiClientOptions {
  /** The contract's base URL, e.g. `https://…/api/v1`. */
  readonly baseUrl: string;
  readonly token: () => string | null;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

export interface Attachment {
  readonly bytes: Uint8Array;
  readonly etag: string | null;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const base = options.baseUrl.replace(/\/+$/, '');

  async function send(path: string, init: RequestInit = {}): Promise<ApiResult<Response>> {
    const headers = new Headers(init.headers);
    const token = options.token();
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return err({ kind: 'network', message: String(error) });
    }
    if (response.ok || response.status === 304) return ok(response);
    return err(await httpFailure(response));
  }

  async function json<S extends z.ZodType>(
    path: string,
    schema: S,
    init?: RequestInit,
  ): Promise<ApiResult<z.infer<S>>> {
    const sent = await send(path, init);
    if (!sent.ok) return sent;
    let body: unknown;
    try {
      body = await sent.value.json();
    } catch (error) {
      // A body cut off mid-way surfaces here: treat it as the network failure it is.
      return err({ kind: 'network', message: String(error) });
    }
    const parsed = schema.safeParse(body);
    return parsed.success
      ? ok(parsed.data)
      : err({
          kind: 'malformed',
          message: parsed.error.issues.map((i) => i.path.join('.')).join(', '),
        });
  }

  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
  const checkpointQuery = (checkpoint: Checkpoint | undefined, limit: number) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (checkpoint !== undefined) {
      query.set('updatedAt', checkpoint.updatedAt);
      query.set('id', checkpoint.id);
    }
    return query.toString();
  };
  const unitPath = (unitId: string) => `/units/${encodeURIComponent(unitId)}`;

  return {
    login: (account: string, password: string): Promise<ApiResult<Session>> =>
      json('/auth/login', sessionSchema, post({ account, password })),

    async changePassword(oldPassword: string, newPassword: string): Promise<ApiResult<void>> {
      const sent = await send('/auth/password', post({ oldPassword, newPassword }));
      return sent.ok ? ok(undefined) : sent;
    },

    unit: (unitId: string): Promise<ApiResult<Unit>> => json(unitPath(unitId), unitSchema),

    pull: (
      unitId: string,
      collection: 'staff' | 'claims',
      checkpoint: Checkpoint | undefined,
      limit: number,
    ): Promise<ApiResult<PullPage>> =>
      json(
        `${unitPath(unitId)}/${collection}?${checkpointQuery(checkpoint, limit)}`,
        pullPageSchema,
      ),

    async push(
      unitId: string,
      decisions: readonly Decision[],
    ): Promise<ApiResult<DecisionResult[]>> {
      const result = await json(
        `${unitPath(unitId)}/decisions`,
        decisionResultsSchema,
        post({ decisions }),
      );
      if (!result.ok) return result;
      const { results } = result.value;
      const sameOrder =
        results.length === decisions.length &&
        results.every((r, index) => r.decisionId === decisions[index]?.decisionId);
      return sameOrder
        ? ok(results)
        : err({ kind: 'malformed', message: 'results do not match the decisions sent' });
    },

    async attachment(
      id: string,
      etag: string | null,
    ): Promise<ApiResult<Attachment | 'not-modified'>> {
      const headers: Record<string, string> = etag === null ? {} : { 'If-None-Match': etag };
      const sent = await send(`/attachments/${encodeURIComponent(id)}`, { headers });
      if (!sent.ok) return sent;
      if (sent.value.status === 304) return ok('not-modified');
      try {
        const bytes = new Uint8Array(await sent.value.arrayBuffer());
        return ok({ bytes, etag: sent.value.headers.get('ETag') });
      } catch (error) {
        return err({ kind: 'network', message: String(error) });
      }
    },
  };
}

async function httpFailure(response: Response): Promise<ApiFailure> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem: z.infer<typeof problemSchema> | undefined;
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not a problem document; the status alone says enough.
  }
  return {
    kind: 'http',
    status: response.status,
    ...(problem === undefined ? {} : { problemType: problem.type, title: problem.title }),
    ...(problem?.detail === undefined ? {} : { detail: problem.detail }),
    ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
  };
}
