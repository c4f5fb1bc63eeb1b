import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import type { Claim, Staff } from '../../shared/contract/index.ts';
import type { CertificateFacts } from '../../provincial-api/seed/certificate-layouts.ts';

/** One certificate's facts for the evidence tests: 刘涛's three-day course of 24 hours. */
export const certificateFacts: CertificateFacts = {
  name: '刘涛',
  idNumber: '370102198803136256',
  title: '医院感染防控专题研修班',
  organizer: '山东省卫生健康委员会',
  startDate: '2025-06-12',
  endDate: '2025-06-14',
  hours: 24,
  certificateNo: 'JX2025100200',
  issueDate: '2025-06-20',
};

/** 刘涛 as the platform has him, and his claim for that course. */
export const certificateStaff: Staff = {
  id: 'S1',
  unitId: 'U1',
  name: '刘涛',
  idNumber: '370102198803136256',
  status: 'active',
  updatedAt: '2025-07-01T00:00:00.000Z',
  revision: 1,
  deleted: false,
};
export const certificateClaim: Claim = {
  id: 'C1',
  unitId: 'U1',
  staffId: 'S1',
  year: 2025,
  category: 'training',
  title: '医院感染防控专题研修班',
  organizer: '山东省卫生健康委员会',
  startDate: '2025-06-12',
  endDate: '2025-06-14',
  claimedHours: 24,
  attachments: [],
  status: 'submitted',
  submittedAt: '2025-07-01T00:00:00.000Z',
  updatedAt: '2025-07-01T00:00:00.000Z',
  revision: 1,
  deleted: false,
};

const typeOf = (path: string) =>
  path.endsWith('.mjs') || path.endsWith('.js')
    ? 'text/javascript'
    : path.endsWith('.wasm')
      ? 'application/wasm'
      : 'application/octet-stream';

/**
 * A loopback server for a browser test: the pages and files given by path, and anything under
 * `/modules/` from the project's node_modules (pdf.js, the OCR models, onnxruntime-web).
 */
export async function serveForBrowser(
  pages: ReadonlyMap<string, { readonly body: Buffer | string; readonly type: string }>,
): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const modules = join(import.meta.dirname, '../../node_modules');
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (body: Buffer | string, type: string) => {
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    };
    const page = pages.get(path);
    if (page !== undefined) return send(page.body, page.type);
    const inside = normalize(path.replace(/^\/modules\//u, '')).replace(/^(\.\.[/\\])+/u, '');
    readFile(join(modules, inside)).then(
      (bytes) => send(bytes, typeOf(path)),
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
