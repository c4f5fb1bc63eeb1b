import { describe, expect, it } from 'vitest';
import { buildAttendanceList, buildSignInSheet } from './export-project.ts';
import { testProject, testUnit } from './test-data.ts';
import { at, readBack, type ReadSheet } from './xlsx/read-back.ts';

const project = testProject;

const row = (sheet: ReadSheet | undefined, n: number) =>
  ['A', 'B', 'C', 'D', 'E'].map((column) => at(sheet, `${column}${String(n)}`)?.v);

describe('project sheets', () => {
  it('prints a sign-in sheet with names, departments and blank columns to sign in', async () => {
    const bytes = await buildSignInSheet({
      unit: testUnit,
      project,
      people: [
        { name: '李明', department: '内科' },
        { name: '王芳', department: '外科' },
      ],
    });
    const book = await readBack(bytes);
    const sheet = book.sheets['培训签到表'];
    expect(at(sheet, 'A1')?.v).toBe('2025 年护理质量管理培训班 培训签到表');
    expect(at(sheet, 'A3')?.v).toBe('培训时间：2025-12-08 至 2025-12-09，地点：学术报告厅');
    expect(row(sheet, 4)).toEqual(['序号', '姓名', '部门', '签到时间', '签名']);
    expect(row(sheet, 5)).toEqual([1, '李明', '内科', undefined, undefined]);
    expect(row(sheet, 6)).toEqual([2, '王芳', '外科', undefined, undefined]);
  });

  it('lists the attendees with their hours as numbers and a total', async () => {
    const bytes = await buildAttendanceList({
      unit: testUnit,
      project,
      rows: [
        { name: '李明', department: '内科', hours: 16, status: '待审核' },
        { name: '王芳', department: '外科', hours: 7.5, status: '单位已审核' },
      ],
      now: new Date('2025-12-31T00:00:00.000Z'),
    });
    const sheet = (await readBack(bytes)).sheets['培训项目学时名单'];
    expect(at(sheet, 'A2')?.v).toBe(`单位：${testUnit.name}，备案日期：2025-11-28`);
    expect(row(sheet, 4)).toEqual(['序号', '姓名', '部门', '学时', '状态']);
    expect(row(sheet, 5)).toEqual([1, '李明', '内科', 16, '待审核']);
    expect(row(sheet, 6)).toEqual([2, '王芳', '外科', 7.5, '单位已审核']);
    expect(row(sheet, 7)).toEqual([undefined, '合计', '2 人', 23.5, undefined]);
  });
});
