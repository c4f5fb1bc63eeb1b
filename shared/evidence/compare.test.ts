import { describe, expect, it } from 'vitest';
import type { Staff } from '../contract/index.ts';
import { claimOf } from '../rules/test-support.ts';
import { checkEvidence } from './compare.ts';
import { ocrPage } from './test-support.ts';

const staff: Staff = {
  id: 's-1',
  unitId: 'u-1',
  name: '刘涛',
  idNumber: '370872198803136256',
  status: 'active',
  updatedAt: '2025-01-01T00:00:00.000Z',
  revision: 1,
  deleted: false,
};

const claim = claimOf({
  category: 'training',
  year: 2025,
  startDate: '2025-06-12',
  endDate: '2025-06-14',
  claimedHours: 20,
});

const certificate = (name: string, hours: number, period: string, id = staff.idNumber) =>
  ocrPage([
    '继续教育学时证明',
    `姓名 ${name}`,
    `身份证号 ${id}`,
    `培训时间 ${period}`,
    `学时 ${String(hours)}学时`,
    '主办单位 威海市继续教育中心',
  ]);

const codes = (read: ReturnType<typeof ocrPage>) =>
  checkEvidence(read, claim, staff).findings.map((f) => f.code);

describe('checkEvidence', () => {
  it('finds nothing when the certificate agrees with the claim', () => {
    expect(codes(certificate('刘涛', 20, '2025年6月12日至6月14日'))).toEqual([]);
  });

  it('warns, with message and citation, when the certificate names someone else', () => {
    expect(
      checkEvidence(certificate('王芳', 20, '2025年6月12日至6月14日'), claim, staff).findings,
    ).toEqual([
      {
        code: 'EVIDENCE_NAME_MISMATCH',
        severity: 'warning',
        message:
          '证明材料上的姓名是“王芳”，申报人是“刘涛”。请核对材料是否为本人所有，不是本人的材料不能认定学时。',
        citation:
          '济宁市人社局2020年度继续教育通知 四（四）1；山东第二医科大学2025年继续教育通知 三',
      },
    ]);
  });

  it('warns when the name agrees but the ID number is another person’s', () => {
    expect(codes(certificate('刘涛', 20, '2025年6月12日至6月14日', '110101199001011234'))).toEqual([
      'EVIDENCE_NAME_MISMATCH',
    ]);
  });

  it('forgives an ID number with one misread digit', () => {
    expect(codes(certificate('刘涛', 20, '2025年6月12日至6月14日', '370872198803136251'))).toEqual(
      [],
    );
  });

  it('warns when the certificate gives fewer hours than claimed', () => {
    expect(codes(certificate('刘涛', 8, '2025年6月12日至6月14日'))).toEqual([
      'EVIDENCE_HOURS_MISMATCH',
    ]);
  });

  it('warns when the period printed lies outside the claimed dates', () => {
    expect(codes(certificate('刘涛', 20, '2024年6月12日至6月14日'))).toEqual([
      'EVIDENCE_DATE_MISMATCH',
    ]);
  });

  it('accepts a single issue date when the course date inside the claim is also printed', () => {
    const read = ocrPage(['证明', '刘涛 于2025年6月13日参加专题讲座，计20学时。', '2025年7月1日']);
    expect(codes(read)).toEqual([]);
  });

  it('compares with the claim year when the claim has no dates', () => {
    const exam = claimOf({ category: 'qualification_exam', year: 2025, claimedHours: 16 });
    const read = ocrPage(['资格证书', '姓名：刘涛', '考试日期：2023年10月21日']);
    expect(checkEvidence(read, exam, staff).findings.map((f) => f.code)).toEqual([
      'EVIDENCE_DATE_MISMATCH',
    ]);
  });

  it('says the evidence is unreadable, and only that, when no text came out', () => {
    const result = checkEvidence(ocrPage(['#', '..']), claim, staff);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['EVIDENCE_UNREADABLE', 'warning'],
    ]);
  });

  it('shows the claimant’s own name where it stands even without a label', () => {
    const read = ocrPage([
      '结业证书',
      '兹有刘涛等三人参加培训',
      '2025年6月12日至6月14日 共计20学时',
    ]);
    expect(checkEvidence(read, claim, staff)).toMatchObject({
      fields: {
        name: { value: '刘涛', boxes: [{ page: 0, x: 140, y: 140, width: 40, height: 24 }] },
      },
      findings: [],
    });
  });
});
