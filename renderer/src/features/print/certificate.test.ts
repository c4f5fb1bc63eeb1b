import { describe, expect, it } from 'vitest';
import { fakeClaim, fakeStaff, testUnit } from '#shared/sheets/test-data.ts';
import { certificateOf } from './certificate.ts';

describe('certificateOf', () => {
  const person = fakeStaff(1, {
    transferredInHours: [
      { year: 2025, publicHours: 10, professionalHours: 0, certificateNo: 'ZS-2025-01' },
    ],
  });
  const claims = [
    fakeClaim(1, person.id, {
      title: '医学新进展培训',
      startDate: '2025-05-10',
      endDate: '2025-05-11',
      creditedHours: { public: 0, professional: 16 },
    }),
    fakeClaim(2, person.id, {
      title: '公需科目网络课程',
      category: 'online_course',
      startDate: '2025-03-01',
      creditedHours: { public: 12.5, professional: 0 },
    }),
    // Not credited: pending, another year, someone else's, returned.
    fakeClaim(3, person.id, { status: 'submitted', creditedHours: undefined }),
    fakeClaim(4, person.id, { year: 2024 }),
    fakeClaim(5, 's-other'),
    fakeClaim(6, person.id, { status: 'returned', creditedHours: undefined }),
  ];

  it('lists each credited claim in course order and the transfer, with the year totals', () => {
    expect(
      certificateOf({
        unit: testUnit,
        rulebook: 'shandong-2021',
        year: 2025,
        person,
        claims,
        isFullIdNumber: false,
      }),
    ).toEqual({
      unitName: '示例市第一人民医院',
      year: 2025,
      person: {
        name: person.name,
        idNumber: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(14)}`,
        department: person.department,
        title: '护师',
      },
      hours: { public: 22.5, professional: 16, total: 38.5, met: false },
      requirement: { public: 30, professional: 60 },
      missing: { public: 7.5, professional: 44 },
      lines: [
        {
          title: '公需科目网络课程',
          kind: '网络课程学习',
          period: '2025-03-01',
          hours: { public: 12.5, professional: 0 },
        },
        {
          title: '医学新进展培训',
          kind: '培训进修',
          period: '2025-05-10 至 2025-05-11',
          hours: { public: 0, professional: 16 },
        },
        {
          title: '调入前单位认定学时（证书编号 ZS-2025-01）',
          kind: '调入学时',
          period: '',
          hours: { public: 10, professional: 0 },
        },
      ],
    });
  });

  it('shows the full 身份证号 only when chosen', () => {
    const input = {
      unit: testUnit,
      rulebook: 'shandong-2021' as const,
      year: 2025,
      person,
      claims,
    };
    expect(certificateOf({ ...input, isFullIdNumber: true }).person.idNumber).toBe(person.idNumber);
  });

  it('says the year is met when both subjects reach their minimum', () => {
    const full = [
      fakeClaim(7, person.id, { creditedHours: { public: 30, professional: 0 } }),
      fakeClaim(8, person.id, { creditedHours: { public: 0, professional: 60 } }),
    ];
    const certificate = certificateOf({
      unit: testUnit,
      rulebook: 'shandong-2021',
      year: 2025,
      person: fakeStaff(2),
      claims: full.map((claim) => ({ ...claim, staffId: 's-2' })),
      isFullIdNumber: false,
    });
    expect({ hours: certificate.hours, missing: certificate.missing }).toEqual({
      hours: { public: 30, professional: 60, total: 90, met: true },
      missing: { public: 0, professional: 0 },
    });
  });
});
