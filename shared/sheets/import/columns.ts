import type { ImportCell } from './import-cell.ts';

/** The columns each import understands, by the headers people actually write. */
export const staffColumns = {
  name: ['姓名'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '公民身份号码'],
  gender: ['性别'],
  phone: ['手机号', '手机号码', '联系电话', '电话'],
  department: ['部门', '科室', '所在部门', '所在单位', '处室'],
  title: ['职称', '专业技术职务'],
  titleLevel: ['职称级别', '职称等级'],
  specialty: ['专业', '所学专业'],
} as const;

export const managerColumns = {
  department: ['所在单位', '部门', '处室', '科室'],
  name: ['姓名', '管理员姓名'],
  title: ['职务'],
  idNumber: ['身份证号码', '身份证号', '证件号码'],
  mobile: ['手机号码', '手机号', '手机'],
  landline: ['座机号', '座机', '办公电话', '固定电话'],
} as const;

/** A training project's sign-in list (培训签到表), as printed by us or kept by hand. */
export const attendanceColumns = {
  name: ['姓名'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '公民身份号码'],
  department: ['部门', '科室', '所在部门', '处室'],
  hours: ['学时', '培训学时', '参训学时', '认定学时'],
} as const;

export type ColumnMap<K extends string> = Partial<Record<K, number>>;

/** 「身份证号（必填）」, ' 姓 名 ' and 'Ｘ' compare as the plain header. */
function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s\u3000*＊:：]/g, '')
    .trim();
}

function cellText(cell: ImportCell | undefined): string {
  return cell?.kind === 'text' ? cell.text : '';
}

/**
 * Finds the header row among the first rows (our own exports start with a title and a stamp
 * line) and which column holds which field. Unknown columns are ignored.
 */
export function findHeader<K extends string>(
  rows: readonly (readonly ImportCell[])[],
  columns: Readonly<Record<K, readonly string[]>>,
): { headerIndex: number; map: ColumnMap<K> } | undefined {
  const keys = Object.keys(columns) as K[];
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const map: ColumnMap<K> = {};
    (rows[r] ?? []).forEach((cell, c) => {
      const header = normalizeHeader(cellText(cell));
      const key = keys.find((k) => columns[k].includes(header));
      if (key !== undefined && map[key] === undefined) map[key] = c;
    });
    if (Object.keys(map).length >= 2 && Object.values(map).length > 0 && 'name' in map) {
      return { headerIndex: r, map };
    }
  }
  return undefined;
}
