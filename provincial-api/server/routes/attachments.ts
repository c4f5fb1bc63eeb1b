import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseDocument, pathId } from '../../../shared/contract/index.ts';
import { findAttachment } from '../../db/records.ts';
import { sessionOf, type ServerContext } from '../context.ts';
import { sendProblem } from '../problems.ts';

const paramsSchema = z.strictObject({ attachmentId: pathId });

/** True when an If-None-Match header names this entity tag (or `*`); weak tags compare too. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

export function attachmentRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/api/v1/attachments/:attachmentId', async (request, reply) => {
    const parsed = parseDocument(paramsSchema, request.params, '请求路径');
    if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
    const session = sessionOf(context, request);
    const file = await findAttachment(context.db, parsed.value.attachmentId);
    // Another unit's file answers exactly like a missing one, so ids reveal nothing.
    if (file?.unitId !== session.unitId) return sendProblem(reply, 'not-found', '找不到这个附件。');
    const etag = `"${file.sha256}"`;
    reply.header('etag', etag);
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply
      .type(file.mimeType)
      .header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  });
}
