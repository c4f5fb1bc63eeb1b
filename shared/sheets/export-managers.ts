import { chinaDate } from '../calendar/china-time.ts';
import { sheetTitles } from './file-name.ts';
import { normalizeManager, type ManagersFiling, type ManagerTemplate } from './managers.ts';
import {
  addSheet,
  columnWidth,
  fitColumns,
  newWorkbook,
  setColumnWidth,
  setPrintArea,
  setRowHeight,
  toBytes,
  writeHeader,
  writeLabel,
  writeLine,
  writeRow,
  writeTitle,
  type ColumnKind,
} from './xlsx-writer.ts';

/** The four 说明 lines under the table of 闽人社办〔2023〕70号 附件3, as printed. */
export const fujianNotes = [
  '说明：',
  '1.管理员应正确填写身份证号码、手机号码，用于身份验证、找回密码。',
  '2.收件核对后3个工作日内开通管理员账号；管理员应及时登录平台查验，不再另行通知。',
  '3.管理员账号默认为身份证号码，密码为身份证号码后六位。首次登陆时应立即更改密码。',
  '4.所属行业请参考附件5：《行业分类标准》。',
] as const;

export const shandongHeader = ['所在单位', '姓名', '座机号'] as const;
export const fujianHeader = ['管理员姓名', '职务', '身份证号码', '手机号码'] as const;

/** 山东省继续教育平台管理人员信息表 (002 附件2): one row per manager, department in 所在单位. */
export async function buildShandongManagers(
  filing: ManagersFiling,
  now = new Date(),
): Promise<Uint8Array> {
  const workbook = newWorkbook(now);
  const sheet = addSheet(workbook, '管理人员信息表', { orientation: 'portrait', isOnePage: true });
  const columns = shandongHeader.length;
  const kinds: ColumnKind[] = ['text', 'text', 'text'];
  writeTitle(sheet, 1, sheetTitles.shandongManagers, columns);
  writeLine(sheet, 2, 1, 2, `所在单位（公章）：${filing.unit.name}`);
  writeLine(sheet, 2, 3, 3, `负责人：${filing.responsible.trim()}`);
  writeHeader(sheet, 3, shandongHeader);
  const rows = filing.managers.map((raw) => {
    const m = normalizeManager(raw);
    return [m.department || filing.unit.name, m.name, m.landline];
  });
  rows.forEach((values, index) => {
    writeRow(sheet, 4 + index, values, kinds);
  });
  fitColumns(sheet, [[...shandongHeader], ...rows]);
  // The 所在单位 column also has to carry the stamp line above the table.
  setColumnWidth(sheet, 1, Math.max(columnWidth(sheet, 1) ?? 0, 30));
  setPrintArea(sheet, 3 + rows.length, columns);
  return toBytes(workbook);
}

/** 福建省继续教育公共服务平台管理员信息备案表 (003 附件3). */
export async function buildFujianManagers(
  filing: ManagersFiling,
  now = new Date(),
): Promise<Uint8Array> {
  const workbook = newWorkbook(now);
  const sheet = addSheet(workbook, '管理员信息备案表', {
    orientation: 'portrait',
    isOnePage: true,
  });
  const columns = fujianHeader.length;
  const [year, month, day] = chinaDate(now).split('-').map(Number);
  writeTitle(sheet, 1, sheetTitles.fujianManagers, columns);
  writeLine(sheet, 2, 1, 2, `填报单位（盖章）：${filing.unit.name}`);
  writeLine(sheet, 2, 3, 4, `填报时间：${year ?? ''} 年 ${month ?? ''} 月 ${day ?? ''} 日`);

  const managers = filing.managers.map(normalizeManager);
  const departments = [...new Set(managers.map((m) => m.department).filter((d) => d !== ''))];
  const leadOffice = filing.leadOffice?.trim() ?? departments.join('、');
  const industry = filing.industry ?? filing.unit.industry ?? '';
  const region = filing.region ?? filing.unit.region;
  // Values first, then the bordered labels over the empty cells between them.
  const pairKinds: ColumnKind[] = ['text', 'text', 'text', 'text'];
  writeRow(sheet, 3, [undefined, filing.unit.name, undefined, leadOffice], pairKinds);
  writeRow(sheet, 4, [undefined, industry, undefined, region], pairKinds);
  writeLabel(sheet, 3, 1, '备案单位');
  writeLabel(sheet, 3, 3, '牵头处室');
  writeLabel(sheet, 4, 1, '所属行业');
  writeLabel(sheet, 4, 3, '所属地区');
  writeHeader(sheet, 5, fujianHeader);

  const kinds: ColumnKind[] = ['text', 'text', 'text', 'text'];
  const rows = managers.map((m) => [m.name, m.title, m.idNumber, m.mobile]);
  rows.forEach((values, index) => {
    writeRow(sheet, 6 + index, values, kinds);
  });
  const notesStart = 6 + rows.length + 1;
  fujianNotes.forEach((line, index) => {
    writeLine(sheet, notesStart + index, 1, columns, line);
  });
  fitColumns(sheet, [
    [...fujianHeader],
    ['', filing.unit.name, '', leadOffice],
    ['', industry, '', region],
    ...rows,
  ]);
  // The 说明 lines wrap inside the merged width; give them room for two printed lines each.
  fujianNotes.forEach((_, index) => {
    setRowHeight(sheet, notesStart + index, 30);
  });
  setPrintArea(sheet, notesStart + fujianNotes.length - 1, columns);
  return toBytes(workbook);
}

export function buildManagers(
  template: ManagerTemplate,
  filing: ManagersFiling,
  now = new Date(),
): Promise<Uint8Array> {
  switch (template) {
    case 'shandong':
      return buildShandongManagers(filing, now);
    case 'fujian':
      return buildFujianManagers(filing, now);
    default:
      throw new Error(`Unhandled template: ${String(template satisfies never)}`);
  }
}
