import { describe, expect, it } from 'vitest';
import { findReuse, type EvidenceUse } from './reuse.ts';

const use = (overrides: Partial<EvidenceUse> & Pick<EvidenceUse, 'claimId'>): EvidenceUse => ({
  staffId: 's-1',
  staffName: '刘涛',
  category: 'training',
  year: 2025,
  sha256: `${overrides.claimId}-bytes`,
  imageHash: null,
  certificateKey: null,
  ...overrides,
});

describe('findReuse', () => {
  it('names the other claim when two people attach the same file', () => {
    const findings = findReuse([
      use({ claimId: 'C1', sha256: 'f' }),
      use({ claimId: 'C2', sha256: 'f', staffId: 's-2', staffName: '王芳' }),
      use({ claimId: 'C3' }),
    ]);
    expect([...findings.keys()]).toEqual(['C1', 'C2']);
    expect(findings.get('C2')?.relatedClaimIds).toEqual(['C1']);
    expect(Object.fromEntries(findings)).toMatchObject({
      C1: {
        code: 'EVIDENCE_REUSED',
        severity: 'warning',
        message:
          '同一份证明材料（或其重新扫描件）也用于申报 C2（王芳，2025 年度，培训进修）。同一证明不能由不同人员、或在不同类别、不同年度重复申报，请并排打开核实。',
        citation:
          '济宁市人社局2020年度继续教育通知 四（四）1；山东第二医科大学2025年继续教育通知 三',
        relatedClaimIds: ['C2'],
      },
    });
  });

  it('counts one person’s file used in another year or category, not a resubmission', () => {
    const findings = findReuse([
      use({ claimId: 'C1', sha256: 'f' }),
      use({ claimId: 'C2', sha256: 'f', year: 2024 }),
      use({ claimId: 'C3', sha256: 'f', category: 'other' }),
      use({ claimId: 'C4', sha256: 'g' }),
      use({ claimId: 'C5', sha256: 'g' }),
    ]);
    expect([...findings.keys()].sort()).toEqual(['C1', 'C2', 'C3']);
    expect(findings.get('C1')?.relatedClaimIds).toEqual(['C2', 'C3']);
  });

  it('counts a rescan: same content key and a close image hash', () => {
    const findings = findReuse([
      use({ claimId: 'C1', certificateKey: '刘涛|JX1', imageHash: 'ffff0000ffff0000' }),
      use({
        claimId: 'C2',
        certificateKey: '刘涛|JX1',
        imageHash: 'ffff0000ffff0003',
        staffId: 's-2',
      }),
    ]);
    expect([...findings.keys()]).toEqual(['C1', 'C2']);
  });

  it('does not count two certificates of one template whose text differs, nor far images', () => {
    const findings = findReuse([
      use({ claimId: 'C1', certificateKey: '刘涛|JX1', imageHash: 'ffff0000ffff0000' }),
      use({
        claimId: 'C2',
        certificateKey: '王芳|JX2',
        imageHash: 'ffff0000ffff0000',
        staffId: 's-2',
      }),
      use({
        claimId: 'C3',
        certificateKey: '刘涛|JX1',
        imageHash: '0000ffff0000ffff',
        staffId: 's-3',
      }),
    ]);
    expect(findings.size).toBe(0);
  });
});
