import { strictAssert } from '../../errors/result.ts';

/**
 * The workbook as plain data: rows are arrays of values and style indexes, nothing per cell
 * beyond that, because a 20,000-person roster is a quarter of a million cells.
 */

/** A string cell, a number cell, or (undefined) a cell with a look and no value. */
export type CellValue = string | number | undefined;

export interface Row {
  /** Column 1 at index 0. A cell exists where `styles` has an entry. */
  readonly values: CellValue[];
  readonly styles: number[];
  height: number | undefined;
}

export interface SheetLayout {
  readonly orientation: 'portrait' | 'landscape';
  /** A form prints on one page; a long list fits the width and runs on over pages. */
  readonly isOnePage: boolean;
}

/** One row's run of merged columns; forms never merge down. */
export interface Merge {
  readonly row: number;
  readonly from: number;
  readonly to: number;
}

export interface Worksheet {
  readonly name: string;
  readonly layout: SheetLayout;
  /** Row 1 at index 0. */
  readonly rows: (Row | undefined)[];
  readonly merges: Merge[];
  /** Column 1 at index 0, in Excel width units. */
  readonly widths: (number | undefined)[];
  frozenRows: number;
  printArea: { readonly lastRow: number; readonly columns: number } | undefined;
  printTitleRow: number | undefined;
}

export interface Workbook {
  readonly created: Date;
  readonly sheets: Worksheet[];
}

// Excel refuses these in a sheet name, and a name over 31 characters.
const badSheetName = /[[\]:*?/\\\u0000-\u001F]|^'|'$/; // eslint-disable-line no-control-regex

export function newSheet(workbook: Workbook, name: string, layout: SheetLayout): Worksheet {
  strictAssert(
    name.length > 0 && name.length <= 31 && !badSheetName.test(name),
    `sheet name Excel accepts: ${name}`,
  );
  strictAssert(
    workbook.sheets.every((s) => s.name.toLowerCase() !== name.toLowerCase()),
    `unique sheet name: ${name}`,
  );
  const sheet: Worksheet = {
    name,
    layout,
    rows: [],
    merges: [],
    widths: [],
    frozenRows: 0,
    printArea: undefined,
    printTitleRow: undefined,
  };
  workbook.sheets.push(sheet);
  return sheet;
}

export function rowAt(sheet: Worksheet, row: number): Row {
  strictAssert(Number.isInteger(row) && row >= 1 && row <= 1_048_576, `row number: ${row}`);
  const existing = sheet.rows[row - 1];
  if (existing !== undefined) return existing;
  const created: Row = { values: [], styles: [], height: undefined };
  sheet.rows[row - 1] = created;
  return created;
}

export function setCell(
  sheet: Worksheet,
  row: number,
  column: number,
  value: CellValue,
  style: number,
): void {
  strictAssert(Number.isInteger(column) && column >= 1 && column <= 16_384, `column: ${column}`);
  const target = rowAt(sheet, row);
  target.values[column - 1] = value;
  target.styles[column - 1] = style;
}

/** Overlapping merges make Excel repair the file, so they are a bug here. */
export function addMerge(sheet: Worksheet, merge: Merge): void {
  strictAssert(merge.from < merge.to, `merge of at least two columns: ${merge.from}–${merge.to}`);
  strictAssert(
    sheet.merges.every((m) => m.row !== merge.row || m.to < merge.from || m.from > merge.to),
    `merge ${merge.row}:${merge.from}–${merge.to} overlaps another`,
  );
  sheet.merges.push(merge);
}
