import { packageBytes } from './xlsx/package.ts';
import { styleIds } from './xlsx/styles.ts';
import {
  addMerge,
  newSheet,
  rowAt,
  setCell,
  type CellValue,
  type SheetLayout,
  type Workbook,
  type Worksheet,
} from './xlsx/worksheet.ts';

/**
 * The one API every form writes through: one look (title, borders, bold headers, A4), and one
 * rule for values: text is always written as a string cell, so a value such as `=1+1` stays the
 * literal text and never becomes a formula; numbers and dates keep their types. Underneath is our
 * own SpreadsheetML writer (./xlsx/), which keeps rows as arrays: a general cell object model
 * cost seconds on a 20,000-person roster.
 */
export type { SheetLayout, Workbook, Worksheet };
export { columnLetter } from './xlsx/cell-address.ts';

export const columnKinds = ['text', 'integer', 'hours', 'datetime'] as const;
export type ColumnKind = (typeof columnKinds)[number];
export type CellInput = string | number | Date | undefined;

const cellStyles: Readonly<Record<ColumnKind, number>> = {
  text: styleIds.text,
  integer: styleIds.integer,
  hours: styleIds.hours,
  datetime: styleIds.datetime,
};
// The totals row: the same cells in bold.
const boldStyles: Readonly<Record<ColumnKind, number>> = {
  text: styleIds.textBold,
  integer: styleIds.integerBold,
  hours: styleIds.hoursBold,
  datetime: styleIds.datetimeBold,
};

export function newWorkbook(now: Date): Workbook {
  return { created: now, sheets: [] };
}

export function addSheet(workbook: Workbook, name: string, layout: SheetLayout): Worksheet {
  return newSheet(workbook, name, layout);
}

/** Text as the user typed it, as a string cell: never a formula, never a number. */
export function asText(value: CellInput): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Days since 1899-12-30 of the date's UTC fields, as exceljs wrote it before: a form that wants
 * China time passes the wall clock shifted into UTC (see export-decisions).
 */
function excelSerial(date: Date): number {
  return 25569 + date.getTime() / 86_400_000;
}

function typed(value: CellInput, kind: ColumnKind): CellValue {
  switch (kind) {
    case 'text':
      return asText(value);
    case 'integer':
    case 'hours':
    case 'datetime':
      // A missing number stays an empty cell rather than a misleading 0.
      if (value === undefined || value === '') return undefined;
      return value instanceof Date ? excelSerial(value) : value;
    default:
      throw new Error(`Unhandled column kind: ${String(kind satisfies never)}`);
  }
}

/** A run of merged columns within one row. */
export function mergeCells(sheet: Worksheet, row: number, from: number, to: number): void {
  addMerge(sheet, { row, from, to });
}

export function setRowHeight(sheet: Worksheet, row: number, height: number): void {
  rowAt(sheet, row).height = height;
}

export function columnWidth(sheet: Worksheet, column: number): number | undefined {
  return sheet.widths[column - 1];
}

export function setColumnWidth(sheet: Worksheet, column: number, width: number): void {
  sheet.widths[column - 1] = width;
}

/** Rows 1…rows stay in view while the list scrolls. */
export function freezeRows(sheet: Worksheet, rows: number): void {
  sheet.frozenRows = rows;
}

export function writeTitle(sheet: Worksheet, row: number, text: string, columns: number): void {
  if (columns > 1) mergeCells(sheet, row, 1, columns);
  setCell(sheet, row, 1, text, styleIds.title);
  setRowHeight(sheet, row, 30);
}

/** A merged run of plain text without borders: the lines above and below a form's table. */
export function writeLine(
  sheet: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
): void {
  if (to > from) mergeCells(sheet, row, from, to);
  setCell(sheet, row, from, text, styleIds.plain);
}

export function writeHeader(sheet: Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((label, index) => {
    setCell(sheet, row, index + 1, label, styleIds.header);
  });
  setRowHeight(sheet, row, 24);
}

/** A bordered label cell of a form (备案单位, 所属行业 …). */
export function writeLabel(sheet: Worksheet, row: number, column: number, label: string): void {
  setCell(sheet, row, column, label, styleIds.label);
}

export function writeRow(
  sheet: Worksheet,
  row: number,
  values: readonly CellInput[],
  kinds: readonly ColumnKind[],
  isBold = false,
): void {
  const target = rowAt(sheet, row);
  const styles = isBold ? boldStyles : cellStyles;
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index] ?? 'text';
    target.values[index] = typed(values[index], kind);
    target.styles[index] = styles[kind];
  }
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
    setColumnWidth(sheet, index + 1, Math.min(max, Math.max(6, width + 2)));
  });
}

export function setPrintArea(
  sheet: Worksheet,
  lastRow: number,
  columns: number,
  headerRow?: number,
): void {
  sheet.printArea = { lastRow, columns };
  sheet.printTitleRow = headerRow;
}

/** Bytes of the .xlsx; a promise because the forms await it, and a bug then rejects it. */
export function toBytes(workbook: Workbook): Promise<Uint8Array> {
  return Promise.resolve().then(() => packageBytes(workbook));
}
