import { chinaDate } from '../calendar/china-time.ts';

/** The sheets the app exports, by the Chinese name a unit files them under. */
export const sheetTitles = {
  shandongManagers: '山东省继续教育平台管理人员信息表',
  fujianManagers: '福建省继续教育公共服务平台管理员信息备案表',
  roster: '年度继续教育完成情况表',
  decisions: '审核记录',
  signIn: '培训签到表',
  attendance: '培训项目学时名单',
} as const;
export type SheetKind = keyof typeof sheetTitles;

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const illegal = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;

export function safeFileName(name: string): string {
  const cleaned = name.replace(illegal, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  // Windows keeps 255 UTF-16 units per name; Chinese names stay far below, but a pasted unit name may not.
  return cleaned.slice(0, 180) || '导出';
}

/** e.g. `某某医院_山东省继续教育平台管理人员信息表_2025-11-26.xlsx`; the roster adds its year. */
export function exportFileName(
  kind: SheetKind,
  unitName: string,
  time: Date,
  year?: number,
): string {
  const title = year === undefined ? sheetTitles[kind] : `${year}${sheetTitles[kind]}`;
  return `${safeFileName(`${unitName}_${title}_${chinaDate(time)}`)}.xlsx`;
}
