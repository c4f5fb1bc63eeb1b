import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

/**
 * Thin layer over exceljs shared by every form: one look (title, borders, bold headers, A4), and
 * one rule for values: text is always written as a string cell, so a value such as `=1+1` stays
 * the literal text and never becomes a formula; numbers and dates keep their types.
 */
export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export const columnKinds = ['text', 'integer', 'hours', 'datetime'] as const;
export type ColumnKind = (typeof columnKinds)[number];
export type CellInput = string | number | Date | undefined;

const thin = { style: 'thin' } as const;
const allBorders = { top: thin, left: thin, bottom: thin, right: thin };
const songti = { name: '宋体', size: 11 };

// Frozen so that one object serves every cell of its kind: exceljs dedups styles by value, and
// 200,000 cells then cost one style each instead of one object each.
function frozen(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return Object.freeze(style);
}

const cellStyles: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  text: frozen({
    font: songti,
    border: allBorders,
    alignment: { vertical: 'middle', horizontal: 'left', wrapText: true },
    numFmt: '@',
  }),
  integer: frozen({
    font: songti,
    border: allBorders,
    alignment: { vertical: 'middle', horizontal: 'center' },
    numFmt: '0',
  }),
  hours: frozen({
    font: songti,
    border: allBorders,
    alignment: { vertical: 'middle', horizontal: 'right' },
    numFmt: '0.0',
  }),
  datetime: frozen({
    font: songti,
    border: allBorders,
    alignment: { vertical: 'middle', horizontal: 'center' },
    numFmt: 'yyyy-mm-dd hh:mm',
  }),
};
// The totals row: the same cells in bold.
const boldStyles = Object.fromEntries(
  columnKinds.map((kind) => [
    kind,
    frozen({ ...cellStyles[kind], font: { ...songti, bold: true } }),
  ]),
) as Record<ColumnKind, Partial<ExcelJS.Style>>;
const headerStyle: Partial<ExcelJS.Style> = frozen({
  font: { ...songti, bold: true },
  border: allBorders,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
});
const labelStyle: Partial<ExcelJS.Style> = frozen({
  font: { ...songti, bold: true },
  border: allBorders,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
});
const titleStyle: Partial<ExcelJS.Style> = frozen({
  font: { name: '宋体', size: 16, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center' },
});
const plainStyle: Partial<ExcelJS.Style> = frozen({
  font: songti,
  alignment: { vertical: 'middle', horizontal: 'left', wrapText: true },
});

export function newWorkbook(now: Date): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '继续教育学时审核';
  workbook.created = now;
  workbook.modified = now;
  return workbook;
}

export interface SheetLayout {
  readonly orientation: 'portrait' | 'landscape';
  /** A form prints on one page; a long list fits the width and runs on over pages. */
  readonly isOnePage: boolean;
}

// exceljs declares PaperSize as a const enum, which erasable-only TypeScript cannot reference.
const a4 = 9 as unknown as ExcelJS.PaperSize;

export function addSheet(workbook: Workbook, name: string, layout: SheetLayout): Worksheet {
  return workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: a4,
      orientation: layout.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: layout.isOnePage ? 1 : 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
}

/** Text as the user typed it, as a string cell: never a formula, never a number. */
export function asText(value: CellInput): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function typed(value: CellInput, kind: ColumnKind): ExcelJS.CellValue {
  switch (kind) {
    case 'text':
      return asText(value);
    case 'integer':
    case 'hours':
    case 'datetime':
      // A missing number stays an empty cell rather than a misleading 0.
      return value === undefined || value === '' ? null : value;
    default:
      throw new Error(`Unhandled column kind: ${String(kind satisfies never)}`);
  }
}

export function writeTitle(sheet: Worksheet, row: number, text: string, columns: number): void {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.style = titleStyle;
  sheet.getRow(row).height = 30;
}

/** A merged run of plain text without borders: the lines above and below a form's table. */
export function writeLine(
  sheet: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
): void {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.style = plainStyle;
}

export function writeHeader(sheet: Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((label, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = label;
    cell.style = headerStyle;
  });
  sheet.getRow(row).height = 24;
}

/** A bordered label cell of a form (备案单位, 所属行业 …). */
export function writeLabel(sheet: Worksheet, row: number, column: number, label: string): void {
  const cell = sheet.getCell(row, column);
  cell.value = label;
  cell.style = labelStyle;
}

export function writeRow(
  sheet: Worksheet,
  row: number,
  values: readonly CellInput[],
  kinds: readonly ColumnKind[],
  isBold = false,
): void {
  const target = sheet.getRow(row);
  const styles = isBold ? boldStyles : cellStyles;
  kinds.forEach((kind, index) => {
    const cell = target.getCell(index + 1);
    cell.value = typed(values[index], kind);
    cell.style = styles[kind];
  });
}

/** Terminal width of text: a Chinese character takes two columns of an Excel width unit. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Widths that fit the longest text of each column, within bounds that still print on A4. */
export function fitColumns(
  sheet: Worksheet,
  texts: readonly (readonly string[])[],
  max = 40,
): void {
  const widths: number[] = [];
  for (const row of texts) {
    row.forEach((text, index) => {
      const longestLine = Math.max(...text.split('\n').map(displayWidth));
      widths[index] = Math.max(widths[index] ?? 0, longestLine);
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(max, Math.max(6, width + 2));
  });
}

export function setPrintArea(
  sheet: Worksheet,
  lastRow: number,
  columns: number,
  headerRow?: number,
): void {
  sheet.pageSetup.printArea = `A1:${columnLetter(columns)}${lastRow}`;
  if (headerRow !== undefined) sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Bytes of the .xlsx. exceljs zips through JSZip, whose deflate took half of a 20,000-row
 * roster's time; it stores the parts instead and fflate, several times faster, compresses them.
 */
export async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  const options: Partial<ExcelJS.XlsxWriteOptions> = { zip: { compression: 'STORE' } };
  const stored = new Uint8Array(await workbook.xlsx.writeBuffer(options));
  return zipSync(unzipSync(stored), { level: 1 });
}
