// Over 250 lines on purpose: the writer is one API, and its text, numbers, look and package
// are tested together against one read-back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter } from './xlsx/cell-address.ts';
import { at, readBack, type ReadSheet } from './xlsx/read-back.ts';
import { cellLook, xlsxParts } from './xlsx/read-parts.ts';
import {
  addSheet,
  freezeRows,
  mergeCells,
  newWorkbook,
  setColumnWidth,
  setPrintArea,
  toBytes,
  writeHeader,
  writeLabel,
  writeLine,
  writeRow,
  writeTitle,
  type CellInput,
  type ColumnKind,
  type Worksheet,
} from './xlsx-writer.ts';

const now = new Date('2025-12-31T01:30:00.000Z');
const list = { orientation: 'landscape', isOnePage: false } as const;

async function oneSheet(
  fill: (sheet: Worksheet) => void,
): Promise<{ bytes: Uint8Array; sheet: ReadSheet }> {
  const workbook = newWorkbook(now);
  fill(addSheet(workbook, '表', list));
  const bytes = await toBytes(workbook);
  const sheet = (await readBack(bytes)).sheets['表'];
  if (sheet === undefined) throw new Error('no sheet');
  return { bytes, sheet };
}

/** What a cell keeps of text with characters XML 1.0 cannot carry. */
function legalXml(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- the characters are what is dropped.
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

describe('xlsx-writer text', () => {
  const hostile = [
    'a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g',
    ']]><script>alert(1)</script>',
    '&amp; "quoted" \'single\'',
    '=1+1',
    '@SUM(1,2)',
    '\t=cmd|" /C calc"!A0',
    '_x0041_ stays _x005F_',
    'line one\r\nline two',
    '  leading and trailing  ',
    '00123',
    '😀 𠮷',
  ];

  it('reads back hostile text as literal strings, less only what XML cannot carry', async () => {
    const kinds = hostile.map((): ColumnKind => 'text');
    const { bytes, sheet } = await oneSheet((s) => {
      writeRow(s, 1, hostile, kinds);
    });
    hostile.forEach((text, index) => {
      const cell = at(sheet, `${columnLetter(index + 1)}1`);
      expect(cell).toMatchObject({ t: 's', v: legalXml(text) });
      expect(cell?.f).toBeUndefined();
    });
    // The markup arrives escaped in the part itself, not only through a lenient reader.
    const strings = xlsxParts(bytes)['xl/sharedStrings.xml'] ?? '';
    expect(strings).toContain(']]&gt;&lt;script&gt;');
    expect(strings).not.toContain('<script>');
  });

  it('reads back any string as itself less illegal characters when the text is random', async () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('&', '<', ']]>', '_x0041_', ' ', '\n', '\r', '=', '😀'),
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 1 }), async (text) => {
        const { sheet } = await oneSheet((s) => {
          writeRow(s, 1, [text], ['text']);
        });
        expect(at(sheet, 'A1')?.v ?? '').toBe(legalXml(text));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves an empty text cell without a value when the input is missing', async () => {
    const { sheet } = await oneSheet((s) => {
      writeRow(s, 1, [undefined, '', 'x'], ['text', 'text', 'text']);
    });
    expect([at(sheet, 'A1'), at(sheet, 'B1')]).toEqual([undefined, undefined]);
    expect(at(sheet, 'C1')?.v).toBe('x');
  });
});

describe('xlsx-writer numbers and dates', () => {
  it('writes a date as the same date-time when read back', async () => {
    const when = new Date('2025-06-01T09:00:00.000Z');
    const workbook = newWorkbook(now);
    writeRow(addSheet(workbook, '表', list), 1, [when], ['datetime']);
    const bytes = await toBytes(workbook);
    expect(at((await readBack(bytes)).sheets['表'], 'A1')).toEqual({
      t: 'd',
      v: when,
      numFmt: 'yyyy-mm-dd hh:mm',
    });
    // The serial itself, independent of any reader's time zone: days since 1899-12-30.
    expect(xlsxParts(bytes)['xl/worksheets/sheet1.xml']).toMatch(
      /<c r="A1" s="\d+"><v>45809.375<\/v>/,
    );
  });

  it('keeps numbers as numbers and leaves a missing or non-finite one empty', async () => {
    const values: CellInput[] = [7, 12.5, -0.25, undefined, '', Number.NaN, Infinity, 1e21];
    const { sheet } = await oneSheet((s) => {
      writeRow(s, 1, values, [
        'integer',
        'hours',
        'hours',
        'hours',
        'hours',
        'hours',
        'hours',
        'integer',
      ]);
    });
    const read = values.map((_, i) => at(sheet, `${columnLetter(i + 1)}1`)?.v);
    expect(read).toEqual([7, 12.5, -0.25, undefined, undefined, undefined, undefined, 1e21]);
  });
});

describe('xlsx-writer look', () => {
  it('gives each kind its number format, font, border and alignment when read back', async () => {
    const { bytes } = await oneSheet((s) => {
      writeTitle(s, 1, '标题', 4);
      writeLine(s, 2, 1, 4, '单位：某医院');
      writeHeader(s, 3, ['甲', '乙', '丙', '丁']);
      writeRow(s, 4, ['张三', 3, 12.5, new Date(0)], ['text', 'integer', 'hours', 'datetime']);
      writeRow(
        s,
        5,
        ['合计', 3, 12.5, new Date(0)],
        ['text', 'integer', 'hours', 'datetime'],
        true,
      );
      writeLabel(s, 6, 1, '备案单位');
    });
    const parts = xlsxParts(bytes);
    const look = (address: string) => cellLook(parts, 1, address);
    expect(look('A1')).toMatchObject({
      isBold: true,
      fontSize: 16,
      isBordered: false,
      horizontal: 'center',
    });
    expect(look('A2')).toMatchObject({
      isBold: false,
      isBordered: false,
      horizontal: 'left',
      isWrapped: true,
    });
    expect(look('B3')).toMatchObject({ isBold: true, isBordered: true, fill: 'FFF2F2F2' });
    expect(look('A4')).toMatchObject({
      numberFormat: '@',
      isBold: false,
      fontName: '宋体',
      fontSize: 11,
      isBordered: true,
    });
    expect(look('B4')).toMatchObject({ numberFormat: '0', horizontal: 'center', isBordered: true });
    expect(look('C4')).toMatchObject({
      numberFormat: '0.0',
      horizontal: 'right',
      isBordered: true,
    });
    expect(look('D4')).toMatchObject({ numberFormat: 'yyyy-mm-dd hh:mm', isBordered: true });
    expect([look('A5'), look('B5'), look('C5'), look('D5')].map((l) => l?.isBold)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(look('C5')?.numberFormat).toBe('0.0');
    expect(look('A6')).toMatchObject({ isBold: true, isBordered: true, fill: undefined });
  });

  it('writes merges, widths, heights and the frozen header when a form sets them', async () => {
    const { bytes, sheet } = await oneSheet((s) => {
      writeTitle(s, 1, '标题', 3);
      writeHeader(s, 2, ['甲', '乙', '丙']);
      mergeCells(s, 3, 2, 3);
      setColumnWidth(s, 2, 21);
      freezeRows(s, 2);
    });
    expect(sheet.merges).toEqual(['A1:C1', 'B3:C3']);
    const sheetXml = xlsxParts(bytes)['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheetXml).toContain('<col min="2" max="2" width="21" customWidth="1"/>');
    expect(sheetXml).toMatch(/<row r="1" ht="30" customHeight="1">/);
    expect(sheetXml).toMatch(/<row r="2" ht="24" customHeight="1">/);
    expect(sheetXml).toContain(
      '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>',
    );
  });

  it('refuses a merge that overlaps another, which Excel would repair away', () => {
    const sheet = addSheet(newWorkbook(now), '表', list);
    mergeCells(sheet, 1, 1, 3);
    expect(() => mergeCells(sheet, 1, 3, 4)).toThrow(/overlaps/);
    expect(() => mergeCells(sheet, 2, 3, 4)).not.toThrow();
  });

  it('refuses a sheet name Excel rejects or repeats', () => {
    const workbook = newWorkbook(now);
    addSheet(workbook, '完成情况', list);
    expect(() => addSheet(workbook, '完成情况', list)).toThrow();
    expect(() => addSheet(workbook, 'a/b', list)).toThrow();
    expect(() => addSheet(workbook, 'x'.repeat(32), list)).toThrow();
  });
});

describe('xlsx-writer printing and package', () => {
  it('defines the print area and repeated header row per sheet when asked', async () => {
    const workbook = newWorkbook(now);
    const first = addSheet(workbook, "O'Brien 名单", list);
    writeRow(first, 1, ['x'], ['text']);
    setPrintArea(first, 12, 11, 3);
    const second = addSheet(workbook, '表二', { orientation: 'portrait', isOnePage: true });
    setPrintArea(second, 5, 3);
    const bytes = await toBytes(workbook);
    const book = await readBack(bytes);
    expect(
      book.sheetNames.map((name) => [
        name,
        book.sheets[name]?.printArea,
        book.sheets[name]?.printTitlesRow,
      ]),
    ).toEqual([
      ["O'Brien 名单", 'A1:K12', '3:3'],
      ['表二', 'A1:C5', undefined],
    ]);
    const parts = xlsxParts(bytes);
    // A quote in a sheet's name is doubled inside the quoted reference.
    expect(parts['xl/workbook.xml']).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'O''Brien 名单'!$A$1:$K$12</definedName>`,
    );
    expect(parts['xl/worksheets/sheet1.xml']).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(parts['xl/worksheets/sheet2.xml']).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>',
    );
    expect(parts['xl/worksheets/sheet2.xml']).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(parts['xl/worksheets/sheet2.xml']).toContain('<printOptions horizontalCentered="1"/>');
  });

  it('declares every part it zips and says who made the file and when', async () => {
    const workbook = newWorkbook(now);
    writeRow(addSheet(workbook, '表', list), 1, ['x'], ['text']);
    const bytes = await toBytes(workbook);
    const parts = xlsxParts(bytes);
    const types = parts['[Content_Types].xml'] ?? '';
    for (const name of Object.keys(parts)) {
      if (name.endsWith('.rels') || name === '[Content_Types].xml') continue;
      expect(types).toContain(`PartName="/${name}"`);
    }
    const book = await readBack(bytes);
    expect([book.creator, book.created, book.modified]).toEqual(['继续教育学时审核', now, now]);
  });
});
