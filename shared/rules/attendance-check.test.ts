import { describe, expect, it } from 'vitest';
import type { Project } from '../contract/index.ts';
import { checkAttendanceEntry, type AttendanceCheckInput } from './attendance-check.ts';
import { claimOf } from './test-support.ts';

// Monday 2025-06-16 to Tuesday 06-17: the fifth working day before is Monday 2025-06-09.
const project = (filedDate: string): Project => ({
  projectId: 'p-1',
  id: 'p-1',
  unitId: 'u-1',
  title: '护理质量管理培训班',
  organizer: '济宁市第一人民医院',
  subject: 'professional',
  form: 'face_to_face',
  startDate: '2025-06-16',
  endDate: '2025-06-17',
  hours: 16,
  filedAt: `${filedDate}T02:00:00.000Z`,
  filedDate,
  updatedAt: `${filedDate}T02:00:00.000Z`,
  revision: 1,
  deleted: false,
});

const person = { id: 's-1', name: '王芳', status: 'active' } as const;

const input = (overrides: Partial<AttendanceCheckInput> = {}): AttendanceCheckInput => ({
  rulebook: 'jining-2020',
  project: project('2025-06-09'),
  entry: { staffId: 's-1', hours: 16 },
  person,
  personClaims: [],
  isListedBefore: false,
  now: '2025-06-20T02:00:00.000Z',
  ...overrides,
});

describe('checkAttendanceEntry', () => {
  it('accepts a clean entry as the rules would approve its claim, asking no evidence', () => {
    expect(checkAttendanceEntry(input())).toEqual({
      kind: 'accepted',
      suggestion: 'approve',
      credited: 16,
      findings: [],
    });
  });

  it('refuses a person not in the directory, and one who is not active', () => {
    expect(checkAttendanceEntry(input({ person: undefined }))).toEqual({
      kind: 'refused',
      reason: '本单位人员名单中没有此人，请先核对姓名和身份证号。',
    });
    expect(
      checkAttendanceEntry(input({ person: { ...person, status: 'transferred_out' } })),
    ).toEqual({
      kind: 'refused',
      reason: '王芳不是本单位在职人员，不能报送学时。',
    });
  });

  it('refuses more hours than the project has', () => {
    expect(checkAttendanceEntry(input({ entry: { staffId: 's-1', hours: 17 } }))).toEqual({
      kind: 'refused',
      reason: '学时 17 超过本项目的 16 学时，请改为不超过项目学时。',
    });
  });

  it('refuses a person already filed from this project, on the platform or earlier in the list', () => {
    const filed = claimOf({ category: 'training', details: { projectId: 'p-1' } });
    const refused = { kind: 'refused', reason: '王芳已报送过本项目的学时。' };
    expect(checkAttendanceEntry(input({ personClaims: [filed] }))).toEqual(refused);
    expect(checkAttendanceEntry(input({ isListedBefore: true }))).toEqual(refused);
  });

  it('shows what the rules find in the claim it makes: a project filed too late (001 五)', () => {
    const late = checkAttendanceEntry(input({ project: project('2025-06-10') }));
    expect(late).toMatchObject({ kind: 'accepted', suggestion: 'reject', credited: 0 });
    expect(late.kind === 'accepted' && late.findings.map((f) => f.code)).toEqual([
      'NOT_FILED_IN_TIME',
    ]);
  });
});
