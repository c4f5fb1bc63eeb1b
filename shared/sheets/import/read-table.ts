import { err, missingCaseError, ok, type Result } from '../../errors/result.ts';
import { parseCsv } from './csv.ts';
import { textCell, type ImportTable } from './import-cell.ts';
import {
  formatMb,
  refusal,
  unreadable,
  type Clock,
  type ImportLimits,
  type ImportRefusal,
} from './limits.ts';
import { decodeBytes } from './text-decoder.ts';
import { readFirstSheet } from './xlsx-read.ts';
import { timeoutRefusal, unzipBounded } from './zip-guard.ts';

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

/** UTF-8 (with or without BOM), else GB18030, as Excel on Chinese Windows saves CSV. */
function decodeText(bytes: Uint8Array): string | undefined {
  for (const label of ['utf-8', 'gb18030']) {
    try {
      return decodeBytes(bytes, label, true).replace(/^\uFEFF/, '');
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
  const sheet = readFirstSheet(parts, limits.maxCells, () => clock() > deadline);
  if (!sheet.ok) {
    switch (sheet.error.kind) {
      case 'unreadable':
        return err(unreadable(sheet.error.detail));
      case 'too_many_cells':
        return err(tooManyRows(limits, sheet.error.detail));
      case 'timeout':
        return err(timeoutRefusal());
      default:
        throw missingCaseError(sheet.error);
    }
  }
  const { rows: table, formulas } = sheet.value;
  // The tag count also catches formulas outside the first sheet's cells (other sheets, odd XML).
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

function readCsv(text: string, limits: ImportLimits): Result<ImportTable, ImportRefusal> {
  const parsed = parseCsv(text, limits.maxRows);
  if (parsed.isTruncated) return err(tooManyRows(limits, `more than ${limits.maxRows} csv rows`));
  const cells = parsed.rows.reduce((sum, row) => sum + row.length, 0);
  if (cells > limits.maxCells) return err(tooManyRows(limits, `${cells} csv cells`));
  // Cells that Excel would run as formulas are judged where a row keeps them (parse-import.ts).
  const rows = parsed.rows.map((row) => row.map((raw) => textCell(raw.trim())));
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
