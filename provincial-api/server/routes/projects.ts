import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  attendanceRequestSchema,
  parseDocument,
  pathId,
  projectFilingSchema,
  uuid,
} from '../../../shared/contract/index.ts';
import { fileAttendance, fileProject } from '../../db/projects.ts';
import { sessionOf, type ServerContext } from '../context.ts';
import { sendProblem } from '../problems.ts';
import { scopedUnit } from './scope.ts';

const attendanceParams = z.strictObject({ unitId: pathId, projectId: uuid });

/** README "Training projects and unit-filed hours (培训项目备案 / 单位代报, 1.1)". */
export function projectRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db, now } = context;

  app.post('/api/v1/units/:unitId/projects', async (request, reply) => {
    const unitId = scopedUnit(sessionOf(context, request), request.params, reply);
    if (unitId === undefined) return reply;
    const parsed = parseDocument(projectFilingSchema, request.body, '培训项目备案');
    if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
    const outcome = await fileProject(db, unitId, parsed.value, now());
    switch (outcome.kind) {
      case 'created':
        return reply.code(201).send(outcome.project);
      case 'filed-before':
        return reply.code(200).send(outcome.project);
      case 'reused':
        return sendProblem(
          reply,
          'project-id-reused',
          '这个 projectId 已用于另一项备案，请为新项目生成新的编号。',
        );
      case 'invalid':
        return sendProblem(reply, 'invalid-project', outcome.detail);
    }
  });

  app.post('/api/v1/units/:unitId/projects/:projectId/attendance', async (request, reply) => {
    const session = sessionOf(context, request);
    const params = parseDocument(attendanceParams, request.params, '请求路径');
    if (!params.ok) return sendProblem(reply, 'invalid-request', params.error.message);
    const unitId = scopedUnit(session, { unitId: params.value.unitId }, reply);
    if (unitId === undefined) return reply;
    const parsed = parseDocument(attendanceRequestSchema, request.body, '学时报送');
    if (!parsed.ok) return sendProblem(reply, 'invalid-request', parsed.error.message);
    const outcome = await fileAttendance(db, unitId, params.value.projectId, parsed.value, now());
    switch (outcome.kind) {
      case 'answered':
        return reply.send({ results: outcome.results });
      case 'reused':
        return sendProblem(
          reply,
          'attendance-id-reused',
          '这个 attendanceId 已用于另一次报送，请为新报送生成新的编号。',
        );
      case 'unknown-project':
        return sendProblem(reply, 'not-found', '本单位没有这个培训项目。');
      case 'not-ended':
        return sendProblem(reply, 'project-not-ended', '培训项目结束后才能报送参训人员的学时。');
    }
  });
}
