import { strToU8, zipSync, type Zippable } from 'fflate';
import { newSharedStrings, sharedStringsXml } from './shared-strings.ts';
import { columnLetter } from './cell-address.ts';
import { sheetXml } from './sheet-xml.ts';
import type { Workbook, Worksheet } from './worksheet.ts';
import { styleCount, stylesXml } from './styles.ts';
import { escapeXml } from './xml-text.ts';

/** The parts of an .xlsx around the sheets (workbook, relationships, properties) and the zip. */

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const type = (name: string): string => `application/vnd.openxmlformats-${name}+xml`;

/** A sheet's name as a formula writes it: always quoted, a quote doubled. */
function sheetRef(sheet: Worksheet): string {
  return `'${sheet.name.replace(/'/g, "''")}'`;
}

/** Print area and repeated header row are workbook-level names scoped to their sheet. */
function definedNamesXml(sheets: readonly Worksheet[]): string {
  const names = sheets.flatMap((sheet, index) => {
    const out: string[] = [];
    if (sheet.printArea !== undefined) {
      const { lastRow, columns } = sheet.printArea;
      const ref = `${sheetRef(sheet)}!$A$1:$${columnLetter(columns)}$${lastRow}`;
      out.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(ref)}</definedName>`,
      );
    }
    if (sheet.printTitleRow !== undefined) {
      const row = sheet.printTitleRow;
      const ref = `${sheetRef(sheet)}!$${row}:$${row}`;
      out.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ref)}</definedName>`,
      );
    }
    return out;
  });
  return names.length === 0 ? '' : `<definedNames>${names.join('')}</definedNames>`;
}

function workbookXml(workbook: Workbook): string {
  const sheets = workbook.sheets.map(
    (sheet, index) =>
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
  );
  return (
    `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.join('')}</sheets>` +
    definedNamesXml(workbook.sheets) +
    '</workbook>'
  );
}

function workbookRelsXml(workbook: Workbook): string {
  const count = workbook.sheets.length;
  const sheets = workbook.sheets.map(
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  return (
    `${declaration}<Relationships xmlns="${packageRelNs}">${sheets.join('')}` +
    `<Relationship Id="rId${count + 1}" Type="${relNs}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

const rootRelsXml =
  `${declaration}<Relationships xmlns="${packageRelNs}">` +
  `<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${packageRelNs}/metadata/core-properties" Target="docProps/core.xml"/>` +
  '</Relationships>';

function contentTypesXml(workbook: Workbook): string {
  const sheets = workbook.sheets.map(
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${type('officedocument.spreadsheetml.worksheet')}"/>`,
  );
  return (
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${type('package.relationships')}"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${type('officedocument.spreadsheetml.sheet.main')}"/>` +
    sheets.join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${type('officedocument.spreadsheetml.styles')}"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${type('officedocument.spreadsheetml.sharedStrings')}"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${type('package.core-properties')}"/>` +
    '</Types>'
  );
}

/** W3CDTF without milliseconds, as Office writes it. */
function w3cdtf(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coreXml(workbook: Workbook): string {
  const time = w3cdtf(workbook.created);
  return (
    `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>继续教育学时审核</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The .xlsx bytes. Level 1 deflate: a roster's XML is repetitive, and speed matters more. */
export function packageBytes(workbook: Workbook): Uint8Array {
  const strings = newSharedStrings();
  const parts: Zippable = {};
  // Sheets first: writing them fills the shared string table.
  workbook.sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = sheetXml(
      sheet,
      strings,
      styleCount,
      index === 0,
    );
  });
  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypesXml(workbook)),
      '_rels/.rels': strToU8(rootRelsXml),
      'docProps/core.xml': strToU8(coreXml(workbook)),
      'xl/workbook.xml': strToU8(workbookXml(workbook)),
      'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(workbook)),
      'xl/styles.xml': strToU8(stylesXml),
      'xl/sharedStrings.xml': strToU8(sharedStringsXml(strings)),
      ...parts,
    },
    { level: 1 },
  );
}
