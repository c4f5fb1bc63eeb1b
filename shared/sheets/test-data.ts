import type { Claim, Staff, Unit } from '../contract/index.ts';
import type { DecisionRow } from './export-decisions.ts';
import type { Manager } from './managers.ts';
import { idNumberCheckDigit } from '../validators/index.ts';

/**
 * Generated people for tests and the benchmark: invented names and 身份证号 with a correct
 * GB 11643 check digit, never real personal data.
 */

/** A valid 身份证号 for person n: region 370602, birth dates spread over 1960–1999. */
export function fakeIdNumber(n: number): string {
  const year = 1960 + (n % 40);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  const sequence = String(n % 1000).padStart(3, '0');
  const first17 = `370602${year}${month}${day}${sequence}`;
  return first17 + idNumberCheckDigit(first17);
}

const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张';
const givenNames = ['伟', '芳', '娜', '敏', '静', '丽强', '磊', '洋', '艳', '勇军', '杰', '娟'];
const departments = ['内科', '外科', '护理部', '医务处', '信息中心', '药学部'];

export function fakeName(n: number): string {
  return `${surnames[n % surnames.length] ?? '王'}${givenNames[n % givenNames.length] ?? '伟'}${n % 7 === 0 ? '' : String(n % 10)}`;
}

export const testUnit: Unit = {
  id: 'u-test',
  name: '示例市第一人民医院',
  creditCode: '12370600MB0000000X',
  region: '山东省烟台市',
  industry: '卫生、社会保障和社会福利业',
  rulebook: 'shandong-2021',
};

export function fakeStaff(n: number, overrides: Partial<Staff> = {}): Staff {
  return {
    id: `s-${n}`,
    unitId: testUnit.id,
    name: fakeName(n),
    idNumber: fakeIdNumber(n),
    department: departments[n % departments.length] ?? '内科',
    title: n % 3 === 0 ? '主治医师' : '护师',
    status: 'active',
    updatedAt: '2025-06-01T00:00:00.000Z',
    revision: 1,
    deleted: false,
    ...overrides,
  };
}

export function fakeClaim(n: number, staffId: string, overrides: Partial<Claim> = {}): Claim {
  return {
    id: `c-${n}`,
    unitId: testUnit.id,
    staffId,
    year: 2025,
    category: 'training',
    subject: 'professional',
    title: `业务培训 ${n}`,
    claimedHours: 16,
    attachments: [],
    status: 'unit_approved',
    creditedHours: { public: 0, professional: 16 },
    submittedAt: '2025-03-01T02:00:00.000Z',
    updatedAt: '2025-03-02T02:00:00.000Z',
    revision: 2,
    deleted: false,
    ...overrides,
  };
}

/** Two managers, the second with text that a spreadsheet would run as formulas if it could. */
export const testManagers: readonly Manager[] = [
  {
    department: '医务处',
    name: '李明',
    title: '科长',
    idNumber: fakeIdNumber(7),
    mobile: '13912345678',
    landline: '0535-6691234',
  },
  {
    department: '=HYPERLINK("http://x","点我")',
    name: '+王芳',
    title: '@副处长',
    idNumber: fakeIdNumber(8),
    mobile: '13812345678',
    landline: '-6691235',
  },
];

/** Two decisions, newest first, the older carrying a DDE payload in its reason. */
export const testDecisionRows: readonly DecisionRow[] = [
  {
    decidedAt: new Date('2025-06-03T08:15:00.000Z'),
    reviewer: '张三',
    person: '李四',
    claimTitle: '全省卫生系统业务培训',
    category: '培训进修',
    claimedHours: 16,
    creditedHours: 16,
    outcome: '通过',
    reason: '',
    syncState: '已同步',
  },
  {
    decidedAt: new Date('2025-06-01T01:00:00.000Z'),
    reviewer: '张三',
    person: '王五',
    claimTitle: '@SUM(1,2)',
    category: '论文著作',
    claimedHours: 10,
    outcome: '退回',
    reason: '\t=cmd|" /C calc"!A0',
    syncState: '待同步',
  },
];

/** A two-day training project, for the project sheets. */
export const testProject = {
  title: '2025 年护理质量管理培训班',
  organizer: testUnit.name,
  startDate: '2025-12-08',
  endDate: '2025-12-09',
  hours: 16,
  venue: '学术报告厅',
  filedDate: '2025-11-28',
};
