import {
  asciiCodes,
  newAsciiBuffer,
  writeAscii,
  writeCodes,
  writeDigits,
  writeNumber,
  written,
  type AsciiBuffer,
} from './ascii-buffer.ts';
import { columnLetter } from './cell-address.ts';
import { sharedIndex, type SharedStrings } from './shared-strings.ts';
import type { Row, Worksheet } from './worksheet.ts';

/**
 * One worksheet part. The element order is the schema's (CT_Worksheet); Excel refuses a file
 * whose elements are out of it. Cells are written as bytes (see ascii-buffer.ts).
 */

const rowOpen = asciiCodes('<row r="');
const rowClose = asciiCodes('</row>');
const tagEnd = asciiCodes('">');
const stringTail = asciiCodes(' t="s"><v>');
const numberTail = asciiCodes('><v>');
const valueClose = asciiCodes('</v></c>');
const emptyClose = asciiCodes('/>');

/** What a sheet's cells reuse: `<c r="B` per column and `" s="5"` per style. */
interface CellPieces {
  readonly openings: Uint8Array[];
  readonly styles: Uint8Array[];
}

function cellPieces(columns: number, styleCount: number): CellPieces {
  return {
    openings: Array.from({ length: columns }, (_, index) =>
      asciiCodes(`<c r="${columnLetter(index + 1)}`),
    ),
    styles: Array.from({ length: styleCount }, (_, style) =>
      asciiCodes(style === 0 ? '"' : `" s="${style}"`),
    ),
  };
}

function writeRow(
  out: AsciiBuffer,
  row: Row,
  number: number,
  pieces: CellPieces,
  strings: SharedStrings,
): void {
  writeCodes(out, rowOpen);
  writeDigits(out, number);
  if (row.height === undefined) writeCodes(out, tagEnd);
  else writeAscii(out, `" ht="${row.height}" customHeight="1">`);
  const { values, styles } = row;
  for (let index = 0; index < styles.length; index++) {
    const style = styles[index];
    if (style === undefined) continue;
    const opening = pieces.openings[index] ?? asciiCodes(`<c r="${columnLetter(index + 1)}`);
    writeCodes(out, opening);
    writeDigits(out, number);
    writeCodes(out, pieces.styles[style] ?? asciiCodes(`" s="${style}"`));
    const value = values[index];
    if (typeof value === 'string' && value !== '') {
      writeCodes(out, stringTail);
      writeDigits(out, sharedIndex(strings, value));
      writeCodes(out, valueClose);
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      writeCodes(out, numberTail);
      writeNumber(out, value);
      writeCodes(out, valueClose);
    } else {
      // Empty text, a missing number, and NaN or Infinity (which no sheet format can hold).
      writeCodes(out, emptyClose);
    }
  }
  writeCodes(out, rowClose);
}

function widestRow(sheet: Worksheet): number {
  let columns = 0;
  for (const row of sheet.rows) {
    if (row !== undefined) columns = Math.max(columns, row.styles.length);
  }
  return columns;
}

function viewXml(sheet: Worksheet, isSelected: boolean): string {
  const selected = isSelected ? ' tabSelected="1"' : '';
  if (sheet.frozenRows === 0) {
    return `<sheetViews><sheetView workbookViewId="0"${selected}/></sheetViews>`;
  }
  const topLeft = `A${sheet.frozenRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${selected}>` +
    `<pane ySplit="${sheet.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

function colsXml(sheet: Worksheet): string {
  const cols = sheet.widths.flatMap((width, index) =>
    width === undefined
      ? []
      : [`<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`],
  );
  return cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`;
}

function mergesXml(sheet: Worksheet): string {
  if (sheet.merges.length === 0) return '';
  const refs = sheet.merges.map(
    (m) => `<mergeCell ref="${columnLetter(m.from)}${m.row}:${columnLetter(m.to)}${m.row}"/>`,
  );
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

function printXml(sheet: Worksheet): string {
  const { orientation, isOnePage } = sheet.layout;
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${orientation}" fitToWidth="1" fitToHeight="${isOnePage ? 1 : 0}"/>`
  );
}

/** The sheet part's bytes; its text cells are added to `strings` on the way. */
export function sheetXml(
  sheet: Worksheet,
  strings: SharedStrings,
  styleCount: number,
  isSelected: boolean,
): Uint8Array {
  const columns = Math.max(1, widestRow(sheet));
  const lastRow = Math.max(1, sheet.rows.length);
  // About 36 bytes a cell; the buffer grows if a sheet runs longer.
  const out = newAsciiBuffer(sheet.rows.length * columns * 36 + 4096);
  writeAscii(
    out,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      // fitToPage switches the printer from a fixed scale to fitToWidth/fitToHeight.
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="A1:${columnLetter(columns)}${lastRow}"/>` +
      viewXml(sheet, isSelected) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(sheet) +
      '<sheetData>',
  );
  const pieces = cellPieces(columns, styleCount);
  sheet.rows.forEach((row, index) => {
    if (row !== undefined) writeRow(out, row, index + 1, pieces, strings);
  });
  writeAscii(out, `</sheetData>${mergesXml(sheet)}${printXml(sheet)}</worksheet>`);
  return written(out);
}
