import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultImportLimits, refusalReasons } from './limits.ts';
import { addSheet, newWorkbook, toBytes, writeRow } from '../xlsx-writer.ts';
import { readTable } from './read-table.ts';

/** A minimal package around hand-written sheet XML, as other writers than Excel produce. */
function handMade(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml':
      '<workbook xmlns:r="r"><sheets><sheet name="甲" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetXml}</sheetData></worksheet>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

function rowsOf(bytes: Uint8Array) {
  const result = readTable(bytes, defaultImportLimits);
  if (!result.ok) throw new Error(`${result.error.reason}: ${result.error.detail ?? ''}`);
  return result.value.rows;
}

describe('readTable on .xlsx', () => {
  it('reads text, numbers, dates, booleans, errors and gaps as Excel wrote them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('人员');
    sheet.addRow(['姓名', 12.5, new Date(Date.UTC(2025, 2, 1)), true, { error: '#N/A' }]);
    sheet.getCell('B3').value = {
      richText: [{ text: '内' }, { text: '科', font: { bold: true } }],
    };
    sheet.getCell('C3').value = 'a & <c> "d"';
    book.addWorksheet('第二页').addRow(['不读']);
    const rows = rowsOf(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(rows).toEqual([
      [
        { kind: 'text', text: '姓名' },
        { kind: 'number', value: 12.5 },
        { kind: 'date', value: new Date(Date.UTC(2025, 2, 1)) },
        { kind: 'boolean', value: true },
        { kind: 'error' },
      ],
      [
        { kind: 'empty' },
        { kind: 'empty' },
        { kind: 'empty' },
        { kind: 'empty' },
        { kind: 'empty' },
      ],
      [
        { kind: 'empty' },
        { kind: 'text', text: '内科' },
        { kind: 'text', text: 'a & <c> "d"' },
        { kind: 'empty' },
        { kind: 'empty' },
      ],
    ]);
  });

  it('reads back what the xlsx writer of this app wrote, escapes and line breaks included', async () => {
    const texts = ['_x0041_ stays _x005F_', 'line one\r\nline two', '  spaced  ', '😀 𠮷', '00123'];
    const workbook = newWorkbook(new Date(0));
    writeRow(
      addSheet(workbook, '表', { orientation: 'portrait', isOnePage: false }),
      1,
      texts,
      texts.map(() => 'text'),
    );
    expect(rowsOf(await toBytes(workbook))).toEqual([
      texts.map((text) => ({ kind: 'text', text })),
    ]);
  });

  it('reads inline strings, prefixed names, CDATA and cells without addresses when another writer made the file', () => {
    const xml =
      '<x:row r="1"><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c t="n"><x:v>7</x:v></x:c></x:row>' +
      '<row><c r="B2" t="inlineStr"><is><r><t><![CDATA[<乙>]]></t></r><rPh><t>かな</t></rPh></is></c></row>';
    expect(rowsOf(handMade(xml))).toEqual([
      [
        { kind: 'text', text: '甲' },
        { kind: 'number', value: 7 },
      ],
      [{ kind: 'empty' }, { kind: 'text', text: '<乙>' }],
    ]);
  });

  it('reads the sheet the workbook lists first when its part has another name', () => {
    const bytes = handMade('', {
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/名单.xml"/></Relationships>',
      'xl/worksheets/名单.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名单</t></is></c></row></sheetData></worksheet>',
    });
    expect(rowsOf(bytes)).toEqual([[{ kind: 'text', text: '名单' }]]);
  });

  it('counts days from 1904 when the workbook says so', () => {
    const bytes = handMade('<row r="1"><c r="A1" s="1"><v>1</v></c></row>', {
      'xl/workbook.xml':
        '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="甲" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/styles.xml':
        '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    });
    expect(rowsOf(bytes)).toEqual([[{ kind: 'date', value: new Date(Date.UTC(1904, 0, 2)) }]]);
  });

  it.each([
    ['a DTD, which could expand entities', '<!DOCTYPE x [<!ENTITY a "b">]><row/>'],
    ['a tag that never closes', '<row r="1"><c r="A1><v>1</v></c></row>'],
    ['a cell address outside the grid', '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
  ])('refuses %s as unreadable', (_, xml) => {
    const result = readTable(handMade(xml), defaultImportLimits);
    expect(result).toMatchObject({ ok: false, error: { reason: 'unreadable' } });
  });

  it('refuses one far-away value instead of building a grid of billions of empty cells', () => {
    const result = readTable(
      handMade('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>2</v></c></row>'),
      defaultImportLimits,
    );
    expect(result).toMatchObject({ ok: false, error: { reason: 'too_many_rows' } });
  });

  it('names the formula cells it refuses, shared formulas included', () => {
    const xml =
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c></row>';
    const result = readTable(handMade(xml), defaultImportLimits);
    expect(result).toMatchObject({ ok: false, error: { reason: 'formula' } });
    if (!result.ok) expect(result.error.message).toContain('A1、B1');
  });

  it('returns a table or a refusal, never throws, when the sheet XML is arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '<',
            '>',
            '/',
            'c',
            'v',
            'r',
            '"',
            '=',
            ' ',
            '1',
            'A',
            '!',
            '?',
            '&',
            ';',
            't',
          ),
        }),
        (xml) => {
          const result = readTable(handMade(xml), defaultImportLimits);
          // A refusal is one of the closed set of reasons, with a Chinese message.
          if (!result.ok) expect(refusalReasons).toContain(result.error.reason);
        },
      ),
      { numRuns: 300 },
    );
  });
});
