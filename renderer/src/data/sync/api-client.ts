import { z } from 'zod';
import {
  attendanceResultsSchema,
  decisionResultSchema,
  parseDocument,
  problemSchema,
  projectSchema,
  pullPageSchema,
  sessionSchema,
  unitSchema,
  type AttendanceRequest,
  type AttendanceResult,
  type Checkpoint,
  type Decision,
  type DecisionResult,
  type Project,
  type ProjectFiling,
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

/**
 * The platform's answer for one decision of a push, by position: its result, or why that one
 * result could not be read (the others are read all the same).
 */
export type PushAnswer = Result<DecisionResult, string>;

/** A push answer's envelope; each result is checked on its own (readResult). */
const pushEnvelopeSchema = z.object({ results: z.array(z.unknown()) });

function readResult(raw: unknown, decisionId: string | undefined): PushAnswer {
  const parsed = parseDocument(decisionResultSchema, raw, '审核结果答复');
  if (!parsed.ok) return err(parsed.error.message);
  return parsed.value.decisionId === decisionId
    ? ok(parsed.value)
    : err('答复的审核编号与提交的不一致');
}

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

/** The contract's pulled collections: staff and claims (1.0), change requests and transfers (1.1). */
export type PulledCollection = 'staff' | 'claims' | 'changes' | 'transfers';

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
      collection: PulledCollection | 'projects',
      checkpoint: Checkpoint | undefined,
      limit: number,
    ): Promise<ApiResult<PullPage>> =>
      json(
        `${unitPath(unitId)}/${collection}?${checkpointQuery(checkpoint, limit)}`,
        pullPageSchema,
      ),

    /**
     * Answers one entry per decision sent, in order. The whole answer is refused only when its
     * envelope is broken or its length differs; a single unreadable result is that decision's.
     */
    async push(unitId: string, decisions: readonly Decision[]): Promise<ApiResult<PushAnswer[]>> {
      const result = await json(
        `${unitPath(unitId)}/decisions`,
        pushEnvelopeSchema,
        post({ decisions }),
      );
      if (!result.ok) return result;
      const { results } = result.value;
      if (results.length !== decisions.length) {
        return err({ kind: 'malformed', message: 'results do not match the decisions sent' });
      }
      return ok(results.map((raw, index) => readResult(raw, decisions[index]?.decisionId)));
    },

    /** (1.1) Files a training project; the platform answers it stamped with its filing date. */
    fileProject: (unitId: string, filing: ProjectFiling): Promise<ApiResult<Project>> =>
      json(`${unitPath(unitId)}/projects`, projectSchema, post(filing)),

    /** (1.1) Files the hours of a finished project's attendees: one result per entry. */
    async fileAttendance(
      unitId: string,
      projectId: string,
      request: AttendanceRequest,
    ): Promise<ApiResult<AttendanceResult[]>> {
      const path = `${unitPath(unitId)}/projects/${encodeURIComponent(projectId)}/attendance`;
      const answer = await json(path, attendanceResultsSchema, post(request));
      return answer.ok ? ok(answer.value.results) : answer;
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
