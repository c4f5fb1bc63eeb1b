import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  decisionSchema,
  isoTime,
  maxDecisionsPerBatch,
  parseDocument,
  type Checkpoint,
} from '../../../shared/contract/index.ts';
import { findUnit } from '../../db/accounts.ts';
import { judgeBatch } from '../../db/decisions.ts';
import { pullPage, type RecordTable } from '../../db/records.ts';
import { sessionOf, type ServerContext } from '../context.ts';
import { sendProblem } from '../problems.ts';
import { scopedUnit } from './scope.ts';

const pullQuerySchema = z.strictObject({
  updatedAt: isoTime.optional(),
  id: z.string().max(64).optional(),
  limit: z
    .string()
    .regex(/^[0-9]{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(1000))
    .optional(),
});

/**
 * The batch as the server reads it: structure strictly (unknown fields → 400), but hour values
 * unbounded, because the README makes "hours outside 0–2000" an `invalid` result for that one
 * decision rather than a refusal of the whole batch.
 */
const batchSchema = z.strictObject({
  decisions: z
    .array(
      decisionSchema.extend({
        creditedHours: z.strictObject({ public: z.number(), professional: z.number() }).optional(),
      }),
    )
    .min(1)
    .max(maxDecisionsPerBatch),
});

export function recordRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, now } = context;

  app.get('/api/v1/units/:unitId', async (request, reply) => {
    const unitId = scopedUnit(sessionOf(context, request), request.params, reply);
    if (unitId === undefined) return reply;
    const unit = await findUnit(db, unitId);
    return unit === undefined ? sendProblem(reply, 'not-found') : reply.send(unit);
  });

  for (const table of [
    'staff',
    'claims',
    'changes',
    'transfers',
    'projects',
  ] as const satisfies readonly RecordTable[]) {
    app.get(`/api/v1/units/:unitId/${table}`, async (request, reply) => {
      const unitId = scopedUnit(sessionOf(context, request), request.params, reply);
      if (unitId === undefined) return reply;
      const query = parseDocument(pullQuerySchema, request.query, '查询参数');
      if (!query.ok) return sendProblem(reply, 'invalid-request', query.error.message);
      const { updatedAt, id, limit } = query.value;
      if ((updatedAt === undefined) !== (id === undefined)) {
        return sendProblem(
          reply,
          'invalid-request',
          '检查点的 updatedAt 和 id 须同时给出，首次拉取时都不给。',
        );
      }
      const after: Checkpoint | undefined =
        updatedAt === undefined || id === undefined ? undefined : { updatedAt, id };
      const page = await pullPage(db, table, unitId, after, limit ?? 200);
      return reply.type('application/json; charset=utf-8').send(page.json);
    });
  }

  app.post('/api/v1/units/:unitId/decisions', async (request, reply) => {
    const unitId = scopedUnit(sessionOf(context, request), request.params, reply);
    if (unitId === undefined) return reply;
    const parsed = parseDocument(batchSchema, request.body, '决定批次');
    if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
    const results = await judgeBatch(db, unitId, parsed.value.decisions, now());
    return reply.send({ results });
  });
}
