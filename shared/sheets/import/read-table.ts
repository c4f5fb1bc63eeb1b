import { zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { err, ok, type Result } from '../../errors/result.ts';
import { parseCsv } from './csv.ts';
import { formatMb, refusal, type Clock, type ImportLimits, type ImportRefusal } from './limits.ts';
import { timeoutRefusal, unzipBounded } from './zip-guard.ts';

export type ImportCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error' };

export interface ImportTable {
  readonly format: 'xlsx' | 'csv';
  /** rows[0] is the sheet's row 1. */
  readonly rows: readonly (readonly ImportCell[])[];
}

const empty: ImportCell = { kind: 'empty' };
const notSpreadsheet = (detail: string): ImportRefusal =>
  refusal(
    'not_spreadsheet',
    '这不是 Excel 表格（.xlsx）或 CSV 文件，无法导入。请选择 .xlsx 或 .csv 文件。',
    detail,
  );
const tooManyRows = (limits: ImportLimits, detail: string): ImportRefusal =>
  refusal(
    'too_many_rows',
    `表格过大：最多导入 ${limits.maxRows} 行、${limits.maxCells} 个单元格。请分批导入，或删去多余的行和列。`,
    detail,
  );

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => Decoder;
// TextDecoder exists in every host we run in (browser, worker, Node) but not in shared's ES lib.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

/** UTF-8 (with or without BOM), else GB18030, as Excel on Chinese Windows saves CSV. */
function decodeText(bytes: Uint8Array): string | undefined {
  for (const label of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoderImpl(label, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      // Not this encoding: try the next one.
    }
  }
  return undefined;
}

/** Counts `<row` and `<c ` tags of the worksheet parts without parsing them. */
function countTags(part: Uint8Array): { rows: number; cells: number; formulas: number } {
  let rows = 0;
  let cells = 0;
  let formulas = 0;
  for (let i = 0; i + 4 < part.length; i++) {
    if (part[i] !== 0x3c) continue;
    const a = part[i + 1];
    const b = part[i + 2];
    if (a === 0x63 && (b === 0x20 || b === 0x3e)) cells += 1;
    else if (a === 0x66 && (b === 0x20 || b === 0x3e || b === 0x2f)) formulas += 1;
    else if (
      a === 0x72 &&
      b === 0x6f &&
      part[i + 3] === 0x77 &&
      (part[i + 4] === 0x20 || part[i + 4] === 0x3e)
    )
      rows += 1;
  }
  return { rows, cells, formulas };
}

function readXlsx(
  bytes: Uint8Array,
  limits: ImportLimits,
  clock: Clock,
  deadline: number,
): Result<ImportTable, ImportRefusal> {
  const unzipped = unzipBounded(bytes, limits, clock, deadline);
  if (!unzipped.ok) return unzipped;
  const parts = unzipped.value;
  if (parts['[Content_Types].xml'] === undefined || parts['xl/workbook.xml'] === undefined) {
    return err(notSpreadsheet('zip without an Excel workbook part'));
  }
  let rows = 0;
  let cells = 0;
  let formulaTags = 0;
  for (const [name, part] of Object.entries(parts)) {
    if (!name.startsWith('xl/worksheets/')) continue;
    const counted = countTags(part);
    rows += counted.rows;
    cells += counted.cells;
    formulaTags += counted.formulas;
  }
  if (rows > limits.maxRows || cells > limits.maxCells) {
    return err(tooManyRows(limits, `${rows} rows, ${cells} cells`));
  }
  if (clock() > deadline) return err(timeoutRefusal());
  let book: XLSX.WorkBook;
  try {
    // Only parts that passed the limits reach the reader, stored uncompressed: it inflates nothing.
    book = XLSX.read(zipSync(parts, { level: 0 }), {
      type: 'array',
      sheets: 0,
      sheetRows: limits.maxRows,
      cellFormula: true,
      // Without stubs the reader drops a formula cell that has no cached value.
      sheetStubs: true,
      cellDates: true,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (error) {
    return err(
      refusal(
        'unreadable',
        '文件已损坏，无法读取。请用 Excel 打开后另存为 .xlsx 再导入。',
        String(error),
      ),
    );
  }
  if (clock() > deadline) return err(timeoutRefusal());
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (sheet === undefined || sheet['!ref'] === undefined) return ok({ format: 'xlsx', rows: [] });
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const formulas: string[] = [];
  const table: ImportCell[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const line: ImportCell[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const address = XLSX.utils.encode_cell({ r, c });
      const cell = sheet[address] as XLSX.CellObject | undefined;
      if (cell?.f !== undefined) formulas.push(address);
      line.push(toImportCell(cell));
    }
    table.push(line);
  }
  // The tag count also catches formulas the reader did not attach to a cell (other sheets, odd XML).
  if (formulas.length > 0 || formulaTags > 0) {
    const where =
      formulas.length > 0
        ? `（${formulas.slice(0, 3).join('、')}${formulas.length > 3 ? ' 等' : ''}）`
        : '';
    return err(
      refusal(
        'formula',
        `表格含有公式${where}，为安全起见不予导入。请将公式单元格复制后“选择性粘贴为数值”，再重新导入。`,
        `${Math.max(formulas.length, formulaTags)} formula cells`,
      ),
    );
  }
  return ok({ format: 'xlsx', rows: table });
}

function toImportCell(cell: XLSX.CellObject | undefined): ImportCell {
  if (cell === undefined) return empty;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? { kind: 'text', text: cell.v } : empty;
    case 'n':
      return typeof cell.v === 'number' ? { kind: 'number', value: cell.v } : empty;
    case 'd':
      return cell.v instanceof Date ? { kind: 'date', value: cell.v } : empty;
    case 'b':
      return { kind: 'boolean', value: cell.v === true };
    case 'e':
      return { kind: 'error' };
    case 'z':
      return empty;
    default:
      throw new Error(`Unhandled cell type: ${String(cell.t satisfies never)}`);
  }
}

function readCsv(text: string, limits: ImportLimits): Result<ImportTable, ImportRefusal> {
  const parsed = parseCsv(text, limits.maxRows);
  if (parsed.isTruncated) return err(tooManyRows(limits, `more than ${limits.maxRows} csv rows`));
  const cells = parsed.rows.reduce((sum, row) => sum + row.length, 0);
  if (cells > limits.maxCells) return err(tooManyRows(limits, `${cells} csv cells`));
  const formulas: string[] = [];
  const rows = parsed.rows.map((row, r) =>
    row.map((raw, c): ImportCell => {
      // A CSV has no formulas of its own, but Excel runs `=…` when the file is opened again.
      if (raw.startsWith('=')) formulas.push(XLSX.utils.encode_cell({ r, c }));
      const text = raw.trim();
      return text === '' ? empty : { kind: 'text', text };
    }),
  );
  if (formulas.length > 0) {
    return err(
      refusal(
        'formula',
        `表格含有公式（${formulas.slice(0, 3).join('、')}${formulas.length > 3 ? ' 等' : ''}），为安全起见不予导入。请删去以“=”开头的内容后重新导入。`,
        `${formulas.length} formula-like csv cells`,
      ),
    );
  }
  return ok({ format: 'csv', rows });
}

/** Reads the first sheet of an .xlsx, or a CSV, into cells: pure, bounded, no side effects. */
export function readTable(
  bytes: Uint8Array,
  limits: ImportLimits,
  clock: Clock = Date.now,
): Result<ImportTable, ImportRefusal> {
  const deadline = clock() + limits.maxMillis;
  if (bytes.length === 0)
    return err(refusal('empty', '文件是空的，请检查后重新选择。', 'empty file'));
  if (bytes.length > limits.maxFileBytes) {
    return err(
      refusal(
        'too_large',
        `文件过大（${formatMb(bytes.length)}），最多导入 ${formatMb(limits.maxFileBytes)}。请分批导入。`,
        `${bytes.length} bytes`,
      ),
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, limits, clock, deadline);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return err(
      refusal(
        'legacy_or_encrypted',
        '这是旧版 .xls 或带密码的 Excel 文件，无法导入。请用 Excel 去掉密码并“另存为” .xlsx 后重试。',
        'OLE compound file',
      ),
    );
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return err(notSpreadsheet('binary content'));
  const text = decodeText(bytes);
  if (text === undefined) return err(notSpreadsheet('text in no known encoding'));
  return readCsv(text, limits);
}
