import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Checkpoint } from '#shared/contract/index.ts';

/**
 * A provincial server that keeps the pull and attachment endpoints of the contract on loopback
 * but serves whatever documents a test hands it, good or hostile. Each served record has a key
 * of its own, so documents without a usable `updatedAt` or `id` still have a place in the order
 * and the checkpoint can move past them, as a real server's storage would.
 */
export type PulledName = 'staff' | 'claims';

export interface FakeRecord {
  readonly key: Checkpoint;
  readonly document: unknown;
}

export interface PullRequestLog {
  readonly collection: PulledName;
  readonly after: Checkpoint | undefined;
  readonly limit: number;
  readonly served: number;
}

export interface FakeAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
  /** The connection is cut instead of answering: the server acted, the answer is lost. */
  readonly lost?: boolean;
}

export interface FakeProvincial {
  readonly baseUrl: string;
  readonly records: Record<PulledName, FakeRecord[]>;
  readonly attachments: Map<string, Uint8Array>;
  readonly pulls: PullRequestLog[];
  readonly attachmentRequests: string[];
  /** Replaces a page before it is sent (break the envelope, for example); undefined keeps it. */
  pageHook:
    | ((collection: PulledName, page: { documents: unknown[]; checkpoint: Checkpoint }) => unknown)
    | null;
  /** Answers `POST …/decisions`; by default every decision is applied. */
  decide: (decisions: readonly { decisionId: string }[]) => FakeAnswer | Promise<FakeAnswer>;
  close(): Promise<void>;
}

/** The n-th second of 2025 in the contract's time format: distinct, increasing keys. */
export function serverTime(n: number): string {
  return new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
}

const isAfter = (key: Checkpoint, after: Checkpoint | undefined) =>
  after === undefined ||
  key.updatedAt > after.updatedAt ||
  (key.updatedAt === after.updatedAt && key.id > after.id);

function send(response: ServerResponse, answer: FakeAnswer): void {
  if (answer.lost === true) {
    response.socket?.destroy();
    return;
  }
  const isBytes = answer.body instanceof Uint8Array;
  const body = answer.body instanceof Uint8Array ? answer.body : JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    'Content-Type': isBytes
      ? 'application/octet-stream'
      : answer.status >= 400
        ? 'application/problem+json'
        : 'application/json',
    ...answer.headers,
  });
  response.end(body);
}

const problem = (status: number, title: string): FakeAnswer => ({
  status,
  body: { type: `https://example.invalid/problems/${String(status)}`, title, status },
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeProvincial(unitId: string): Promise<FakeProvincial> {
  const state: FakeProvincial = {
    baseUrl: '',
    records: { staff: [], claims: [] },
    attachments: new Map(),
    pulls: [],
    attachmentRequests: [],
    pageHook: null,
    decide: (decisions) => ({
      status: 200,
      body: { results: decisions.map((d) => ({ decisionId: d.decisionId, status: 'applied' })) },
    }),
    close: () => Promise.resolve(),
  };

  async function answer(request: IncomingMessage): Promise<FakeAnswer> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.headers.authorization !== 'Bearer fake-token') return problem(401, 'token');
    const pull = /^\/api\/v1\/units\/([^/]+)\/(staff|claims)$/.exec(url.pathname);
    if (request.method === 'GET' && pull !== null) {
      if (pull[1] !== unitId) return problem(403, 'other unit');
      const collection = pull[2] as PulledName;
      const limit = Number(url.searchParams.get('limit') ?? 200);
      const updatedAt = url.searchParams.get('updatedAt');
      const id = url.searchParams.get('id');
      const after = updatedAt === null || id === null ? undefined : { updatedAt, id };
      const page = state.records[collection]
        .filter((record) => isAfter(record.key, after))
        .sort((a, b) => (isAfter(a.key, b.key) ? 1 : -1))
        .slice(0, limit);
      state.pulls.push({ collection, after, limit, served: page.length });
      const last = page.at(-1);
      const body = {
        documents: page.map((record) => record.document),
        checkpoint: last?.key ?? after ?? { updatedAt: serverTime(0), id: '' },
      };
      return { status: 200, body: state.pageHook?.(collection, body) ?? body };
    }
    // A contract 1.0 platform: the 1.1 paths (requests, projects) answer 404 below.
    const decisions = /^\/api\/v1\/units\/([^/]+)\/decisions$/.exec(url.pathname);
    if (request.method === 'POST' && decisions !== null) {
      const sent = JSON.parse(await readBody(request)) as { decisions: { decisionId: string }[] };
      return state.decide(sent.decisions);
    }
    const attachment = /^\/api\/v1\/attachments\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
    if (request.method === 'GET' && attachment?.[1] !== undefined) {
      state.attachmentRequests.push(attachment[1]);
      const bytes = state.attachments.get(attachment[1]);
      return bytes === undefined ? problem(404, 'no such file') : { status: 200, body: bytes };
    }
    return problem(404, 'no such path');
  }

  const server = createServer((request, response) => {
    answer(request).then(
      (result) => send(response, result),
      (error: unknown) => send(response, problem(500, String(error))),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseUrl: `http://127.0.0.1:${String(port)}/api/v1`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) {
          resolve();
          return;
        }
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  });
}
