import { err, ok, type Result } from '../../errors/result.ts';
import { cellAddress, parseCellAddress } from '../xlsx/cell-address.ts';
import { emptyCell, textCell, type ImportCell } from './import-cell.ts';
import { StringItem, sharedStrings } from './string-item.ts';
import { firstSheet, partText, relationships, type Parts } from './xlsx-package.ts';
import { attribute, scanXml, textBetween } from './xml-scan.ts';
import { dateStyles } from './xlsx-styles.ts';

/**
 * The first worksheet of an .xlsx whose parts zip-guard.ts has inflated within limits: cell
 * values and types, and which cells hold formulas. Only what an import needs is read: no
 * styles beyond date formats, no other sheets, no external links, macros or embedded objects.
 */

export interface SheetCells {
  /** rows[0] is row 1; every row as wide as the widest. */
  readonly rows: ImportCell[][];
  /** Addresses of formula cells, in document order. */
  readonly formulas: string[];
}

export type SheetFailure =
  | { readonly kind: 'unreadable'; readonly detail: string }
  | { readonly kind: 'too_many_cells'; readonly detail: string }
  | { readonly kind: 'timeout' };

const msPerDay = 86_400_000;

/** A day count as Excel means it; 1900-based counts skip Excel's invented 29 February 1900. */
function serialDate(serial: number, isDate1904: boolean): Date {
  const epoch = isDate1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  return new Date(epoch + Math.round(serial * msPerDay));
}

interface CellContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly isDate1904: boolean;
}

/** One `<c>` as the scan meets it. */
interface OpenCell {
  address: string;
  row: number;
  column: number;
  type: string;
  style: number;
  value: string | undefined;
  inline: string | undefined;
  hasFormula: boolean;
}

function cellValue(cell: OpenCell, context: CellContext): ImportCell {
  const { value } = cell;
  switch (cell.type) {
    case 's': {
      const text = context.strings[Number(value)];
      return text === undefined ? { kind: 'error' } : textCell(text);
    }
    case 'inlineStr':
      return textCell(cell.inline ?? '');
    case 'str':
      return textCell(value ?? '');
    case 'b':
      return value === undefined
        ? emptyCell
        : { kind: 'boolean', value: value === '1' || value === 'true' };
    case 'e':
      return { kind: 'error' };
    case 'd': {
      const date = new Date(value ?? '');
      return Number.isNaN(date.getTime()) ? { kind: 'error' } : { kind: 'date', value: date };
    }
    case 'n': {
      if (value === undefined || value.trim() === '') return emptyCell;
      const number = Number(value);
      if (!Number.isFinite(number)) return { kind: 'error' };
      return context.dates[cell.style] === true
        ? { kind: 'date', value: serialDate(number, context.isDate1904) }
        : { kind: 'number', value: number };
    }
    default:
      return { kind: 'error' };
  }
}

interface Placed {
  readonly row: number;
  readonly column: number;
  readonly cell: ImportCell;
}

/** Every cell is checked against the clock after this many, so a huge sheet stops in time. */
const clockEvery = 4096;

function worksheetCells(
  xml: string,
  context: CellContext,
  clock: () => boolean,
): Result<{ placed: Placed[]; formulas: string[] }, SheetFailure> {
  const placed: Placed[] = [];
  const formulas: string[] = [];
  let row = 0;
  let column = 0;
  let cell: OpenCell | undefined;
  let valueStart = -1;
  let isInline = false;
  let seen = 0;
  // Held in an object: the visitor below sets it, which narrowing on a `let` cannot see.
  const stopped: { reason?: SheetFailure } = {};
  const inline = new StringItem();
  const close = (open: OpenCell): 'stop' | undefined => {
    if (open.hasFormula) formulas.push(open.address);
    const value = cellValue(open, context);
    if (value.kind !== 'empty') placed.push({ row: open.row, column: open.column, cell: value });
    seen += 1;
    if (seen % clockEvery === 0 && clock()) {
      stopped.reason = { kind: 'timeout' };
      return 'stop';
    }
    return undefined;
  };
  const scanned = scanXml(xml, (tag) => {
    if (cell === undefined) {
      if (tag.name === 'row' && tag.kind !== 'close') {
        row = Number(attribute(tag.attributes, 'r') ?? row + 1);
        column = 0;
      } else if (tag.name === 'c' && tag.kind !== 'close') {
        const reference = attribute(tag.attributes, 'r');
        const at =
          reference === undefined ? { row, column: column + 1 } : parseCellAddress(reference);
        if (at === undefined || !Number.isSafeInteger(at.row) || at.row < 1) {
          stopped.reason = {
            kind: 'unreadable',
            detail: `bad cell reference ${String(reference)}`,
          };
          return 'stop';
        }
        ({ row, column } = at);
        cell = {
          address: cellAddress(at.row, at.column),
          ...at,
          type: attribute(tag.attributes, 't') ?? 'n',
          style: Number(attribute(tag.attributes, 's') ?? '0'),
          value: undefined,
          inline: undefined,
          hasFormula: false,
        };
        if (tag.kind === 'empty') {
          const open = cell;
          cell = undefined;
          return close(open);
        }
      }
      return undefined;
    }
    if (isInline) {
      if (inline.take(xml, tag)) return undefined;
      if (tag.name === 'is' && tag.kind === 'close') {
        cell.inline = inline.finish();
        isInline = false;
      }
      return undefined;
    }
    if (tag.name === 'f' && tag.kind !== 'close') cell.hasFormula = true;
    else if (tag.name === 'v' && tag.kind === 'open') valueStart = tag.end;
    else if (tag.name === 'v' && tag.kind === 'close' && valueStart >= 0) {
      cell.value = textBetween(xml, valueStart, tag.start);
      valueStart = -1;
    } else if (tag.name === 'is' && tag.kind === 'open') isInline = true;
    else if (tag.name === 'is' && tag.kind === 'empty') cell.inline = '';
    else if (tag.name === 'c' && tag.kind === 'close') {
      const open = cell;
      cell = undefined;
      return close(open);
    }
    return undefined;
  });
  if (!scanned.ok) return err({ kind: 'unreadable', detail: scanned.error });
  if (stopped.reason !== undefined) return err(stopped.reason);
  return ok({ placed, formulas });
}

/**
 * Reads the first worksheet into a grid. `maxCells` bounds the grid itself, not only the cells
 * written: one value at XFD1048576 would otherwise ask for seventeen billion empty cells.
 */
export function readFirstSheet(
  parts: Parts,
  maxCells: number,
  isPastDeadline: () => boolean,
): Result<SheetCells, SheetFailure> {
  const workbook = partText(parts['xl/workbook.xml']);
  if (workbook === undefined) return err({ kind: 'unreadable', detail: 'no xl/workbook.xml' });
  const rels = relationships(partText(parts['xl/_rels/workbook.xml.rels']));
  const { relationId, isDate1904 } = firstSheet(workbook);
  const sheetPath = relationId === undefined ? undefined : rels.get(relationId)?.target;
  const sheet = partText(parts[sheetPath ?? 'xl/worksheets/sheet1.xml']);
  if (sheet === undefined)
    return err({ kind: 'unreadable', detail: `no sheet part ${String(sheetPath)}` });
  const byType = (suffix: string, fallback: string): string =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const context: CellContext = {
    strings: sharedStrings(partText(parts[byType('/sharedStrings', 'xl/sharedStrings.xml')])),
    dates: dateStyles(partText(parts[byType('/styles', 'xl/styles.xml')])),
    isDate1904,
  };
  if (isPastDeadline()) return err({ kind: 'timeout' });
  const cells = worksheetCells(sheet, context, isPastDeadline);
  if (!cells.ok) return cells;
  let height = 0;
  let width = 0;
  for (const { row, column } of cells.value.placed) {
    height = Math.max(height, row);
    width = Math.max(width, column);
  }
  if (height * width > maxCells) {
    return err({
      kind: 'too_many_cells',
      detail: `values span ${String(height)} rows × ${String(width)} columns`,
    });
  }
  const rows = Array.from({ length: height }, () => new Array<ImportCell>(width).fill(emptyCell));
  for (const { row, column, cell } of cells.value.placed) {
    const line = rows[row - 1];
    if (line !== undefined) line[column - 1] = cell;
  }
  return ok({ rows, formulas: cells.value.formulas });
}
