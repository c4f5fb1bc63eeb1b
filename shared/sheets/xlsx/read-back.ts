import ExcelJS from 'exceljs';
import { cellAddress, parseCellAddress } from './cell-address.ts';

/**
 * For tests: an exported workbook as an independent reader (exceljs, a devDependency) sees it,
 * in the small shape the tests assert on. A cell covered by a merge reads as absent, as in a
 * spreadsheet the merged area shows only its first cell. Looks (fonts, borders) are read from
 * the XML itself by read-parts.ts; a real office suite opens every export in
 * tests/office/libreoffice-round-trip.test.ts.
 */

export interface ReadCell {
  /** s text, n number, b boolean, d date, e error. */
  readonly t: 's' | 'n' | 'b' | 'd' | 'e';
  readonly v: string | number | boolean | Date;
  /** The formula, when the cell has one. */
  readonly f?: string;
  readonly numFmt?: string;
}

export interface ReadSheet {
  readonly name: string;
  readonly cells: ReadonlyMap<string, ReadCell>;
  /** `A1:C1` … in the order the sheet lists them. */
  readonly merges: readonly string[];
  /** Column widths in Excel's units, from column A; undefined where the sheet sets none. */
  readonly widths: readonly (number | undefined)[];
  /** From A1 to the last column and row that hold anything, e.g. `A1:K2005`. */
  readonly range: string;
  /** e.g. `A1:K12`, without the sheet's name. */
  readonly printArea: string | undefined;
  /** e.g. `3:3`. */
  readonly printTitlesRow: string | undefined;
}

export interface ReadBook {
  readonly sheetNames: readonly string[];
  readonly sheets: Readonly<Record<string, ReadSheet>>;
  readonly creator: string;
  readonly created: Date;
  readonly modified: Date;
}

function readCell(cell: ExcelJS.Cell): ReadCell | undefined {
  // Typed as a string, but absent on a cell without a style.
  const numFmt = cell.numFmt as string | undefined;
  const format = numFmt === undefined || numFmt === '' ? {} : { numFmt };
  const value: unknown = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return undefined;
    case ExcelJS.ValueType.Number:
      return { t: 'n', v: value as number, ...format };
    case ExcelJS.ValueType.Boolean:
      return { t: 'b', v: value as boolean, ...format };
    case ExcelJS.ValueType.Date:
      return { t: 'd', v: value as Date, ...format };
    case ExcelJS.ValueType.Error:
      return { t: 'e', v: (value as ExcelJS.CellErrorValue).error, ...format };
    case ExcelJS.ValueType.Formula: {
      const formula = value as ExcelJS.CellFormulaValue;
      const result = formula.result;
      const v = typeof result === 'object' ? '' : (result ?? '');
      const t = typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 's';
      return { t, v, f: formula.formula, ...format };
    }
    default:
      // Strings, shared strings, rich text and hyperlinks all read as their text.
      return { t: 's', v: cell.text, ...format };
  }
}

export async function readBack(bytes: Uint8Array): Promise<ReadBook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: Record<string, ReadSheet> = {};
  for (const worksheet of book.worksheets) {
    const cells = new Map<string, ReadCell>();
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const read = readCell(cell);
        if (read !== undefined) cells.set(cellAddress(rowNumber, column), read);
      });
    });
    sheets[worksheet.name] = {
      name: worksheet.name,
      cells,
      merges: worksheet.model.merges,
      // exceljs types `columns` as a list but gives null for a sheet that sets no widths.
      widths: ((worksheet.columns as ExcelJS.Column[] | null) ?? []).map((column) => column.width),
      range: `A1:${cellAddress(worksheet.rowCount, worksheet.columnCount)}`,
      printArea: worksheet.pageSetup.printArea,
      printTitlesRow: worksheet.pageSetup.printTitlesRow,
    };
  }
  return {
    sheetNames: book.worksheets.map((sheet) => sheet.name),
    sheets,
    creator: book.creator,
    created: book.created,
    modified: book.modified,
  };
}

export function at(sheet: ReadSheet | undefined, address: string): ReadCell | undefined {
  return sheet?.cells.get(address);
}

/** The sheet as CSV text (rows of comma-joined values), for tests that search what it says. */
export function sheetText(sheet: ReadSheet | undefined): string {
  if (sheet === undefined) return '';
  const rows: string[][] = [];
  for (const [address, cell] of sheet.cells) {
    const at = parseCellAddress(address);
    if (at === undefined) continue;
    const line = (rows[at.row - 1] ??= []);
    line[at.column - 1] = cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
  }
  const lines: string[] = [];
  for (let row = 0; row < rows.length; row += 1) {
    const line = rows[row] ?? [];
    const values: string[] = [];
    for (let column = 0; column < line.length; column += 1) values.push(line[column] ?? '');
    lines.push(values.join(','));
  }
  return lines.join('\n');
}
