import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileName } from './file-name.ts';
import { industries, isIndustry } from './industries.ts';
import { validateFiling, validateManager, type Manager } from './managers.ts';
import { fakeIdNumber, testUnit } from './test-data.ts';

const manager: Manager = {
  department: '医务处',
  name: '李明',
  title: '科长',
  idNumber: fakeIdNumber(1),
  mobile: '139 1234 5678',
  landline: '0535-6691234',
};

describe('validateManager', () => {
  it('accepts a complete manager when numbers are pasted with spaces', () => {
    expect(validateManager(manager, 'fujian')).toEqual([]);
  });

  it('names the field in Chinese when the ID or the mobile is wrong', () => {
    const problems = validateManager(
      { ...manager, idNumber: '370602199001011230', mobile: '1234' },
      'fujian',
    );
    expect(problems.map((p) => p.field)).toEqual(['idNumber', 'mobile']);
    expect(problems[0]?.message).toContain('身份证号');
  });

  it('requires what the template prints when a field is empty', () => {
    const empty = { ...manager, title: '', idNumber: '', mobile: '', landline: '' };
    expect(validateManager(empty, 'fujian').map((p) => p.message)).toEqual([
      '请填写职务',
      '请填写身份证号码',
      '请填写手机号码',
    ]);
    expect(validateManager(empty, 'shandong').map((p) => p.message)).toEqual(['请填写座机号']);
  });
});

describe('validateFiling', () => {
  it('refuses a third manager of a department and a repeated 身份证号', () => {
    const problems = validateFiling({
      unit: testUnit,
      responsible: '张主任',
      managers: [manager, { ...manager, idNumber: fakeIdNumber(2) }, manager],
    });
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [2, 'idNumber'],
      [2, 'department'],
    ]);
  });

  it('refuses an industry outside the 20 classes of 附件5 when filing for Fujian', () => {
    const problems = validateFiling(
      { unit: { ...testUnit, industry: '医疗' }, responsible: '', managers: [manager] },
      'fujian',
    );
    expect(problems[0]?.field).toBe('industry');
  });
});

describe('industries', () => {
  it('lists the 20 classes of 附件5 when checked against the notice', () => {
    expect(industries).toHaveLength(20);
    expect(isIndustry('卫生、社会保障和社会福利业')).toBe(true);
    expect(isIndustry('卫生')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the file in Chinese with the unit and the China date when exporting', () => {
    const time = new Date('2025-11-25T17:00:00.000Z');
    expect(exportFileName('shandongManagers', '某某医院', time)).toBe(
      '某某医院_山东省继续教育平台管理人员信息表_2025-11-26.xlsx',
    );
    expect(exportFileName('roster', '某某医院', time, 2025)).toBe(
      '某某医院_2025年度继续教育完成情况表_2025-11-26.xlsx',
    );
  });

  it('strips characters illegal in file names when the unit name has them', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('abcdefghij');
  });
});
