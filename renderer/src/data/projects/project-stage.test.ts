import { describe, expect, it } from 'vitest';
import type { ProjectDoc, ProjectOutboxDoc } from '../db/project-schemas.ts';
import { canReport, projectRows } from './project-stage.ts';

const project = (id: string, startDate: string, endDate: string): ProjectDoc => ({
  projectId: id,
  id,
  unitId: 'u-1',
  title: `项目${id}`,
  organizer: '本单位',
  subject: 'professional',
  form: 'face_to_face',
  startDate,
  endDate,
  hours: 8,
  filedAt: '2026-09-01T02:00:00.000Z',
  filedDate: '2026-09-01',
  updatedAt: '2026-09-01T02:00:00.000Z',
  revision: 1,
});

const waitingFiling: ProjectOutboxDoc = {
  id: 'p-new',
  kind: 'filing',
  projectId: 'p-new',
  projectTitle: '新项目',
  payload: { startDate: '2026-10-12', endDate: '2026-10-12', hours: 4, subject: 'public' },
  state: 'waiting',
  createdAt: '2026-09-24T02:00:00.000Z',
};

describe('projectRows', () => {
  it('gives each project its stage on the day, and a filing not yet stamped as 待提交', () => {
    const rows = projectRows(
      [
        project('coming', '2026-10-08', '2026-10-08'),
        project('running', '2026-09-23', '2026-09-25'),
        project('ended', '2026-09-18', '2026-09-18'),
        project('reported', '2026-08-25', '2026-08-25'),
      ],
      [waitingFiling],
      new Set(['reported']),
      '2026-09-24',
    );
    expect(rows.map((row) => [row.id, row.stage, row.filedDate, canReport(row)])).toEqual([
      ['p-new', 'waiting', undefined, false],
      ['coming', 'filed', '2026-09-01', false],
      ['running', 'running', '2026-09-01', false],
      ['ended', 'ended', '2026-09-01', true],
      ['reported', 'reported', '2026-09-01', false],
    ]);
  });

  it('counts an attendance list the platform took as reported, and one waiting as not yet', () => {
    const attendance = (state: ProjectOutboxDoc['state']): ProjectOutboxDoc => ({
      id: `a-${state}`,
      kind: 'attendance',
      projectId: 'ended',
      projectTitle: '项目ended',
      payload: {},
      state,
      createdAt: '2026-09-24T02:00:00.000Z',
    });
    const ended = [project('ended', '2026-09-18', '2026-09-18')];
    const [waiting] = projectRows(ended, [attendance('waiting')], new Set(), '2026-09-24');
    expect([waiting?.stage, waiting?.note, waiting && canReport(waiting)]).toEqual([
      'ended',
      '学时报送待提交',
      false,
    ]);
    const [done] = projectRows(ended, [attendance('done')], new Set(), '2026-09-24');
    expect(done?.stage).toBe('reported');
  });
});
