/**
 * The one fixed table of cell formats every form uses, and its styles.xml. A form never makes a
 * style of its own, so the table is written once and a cell carries only its index into it.
 */

// Built-in number formats need no declaration: 0 General, 1 "0", 49 "@".
const customFormats = [
  { id: 164, code: '0.0' },
  { id: 165, code: 'yyyy-mm-dd hh:mm' },
] as const;
const general = 0;
const integerFormat = 1;
const textFormat = 49;
const hoursFormat = 164;
const datetimeFormat = 165;

// Fonts, in styles.xml order: 宋体 11, 宋体 11 bold, 宋体 16 bold (the title).
const normalFont = 0;
const boldFont = 1;
const titleFont = 2;

interface CellFormat {
  readonly numFmt: number;
  readonly font: number;
  readonly isGrey: boolean;
  readonly isBordered: boolean;
  readonly horizontal: 'left' | 'center' | 'right' | undefined;
  readonly isWrapped: boolean;
}

/** A bordered, unwrapped, unfilled cell unless `rest` says otherwise. */
function look(
  numFmt: number,
  font: number,
  horizontal: CellFormat['horizontal'],
  rest: Partial<Pick<CellFormat, 'isGrey' | 'isBordered' | 'isWrapped'>> = {},
): CellFormat {
  return { numFmt, font, horizontal, isGrey: false, isBordered: true, isWrapped: false, ...rest };
}

const wrapped = { isWrapped: true } as const;
const unboxed = { isBordered: false } as const;

/** A cell's `s` attribute is the index of its look in this object. */
const formats = {
  default: look(general, normalFont, undefined, unboxed),
  title: look(general, titleFont, 'center', unboxed),
  plain: look(general, normalFont, 'left', { ...unboxed, ...wrapped }),
  header: look(general, boldFont, 'center', { ...wrapped, isGrey: true }),
  label: look(general, boldFont, 'center', wrapped),
  text: look(textFormat, normalFont, 'left', wrapped),
  integer: look(integerFormat, normalFont, 'center'),
  hours: look(hoursFormat, normalFont, 'right'),
  datetime: look(datetimeFormat, normalFont, 'center'),
  // The totals row: the same cells in bold.
  textBold: look(textFormat, boldFont, 'left', wrapped),
  integerBold: look(integerFormat, boldFont, 'center'),
  hoursBold: look(hoursFormat, boldFont, 'right'),
  datetimeBold: look(datetimeFormat, boldFont, 'center'),
} as const satisfies Record<string, CellFormat>;

export type StyleName = keyof typeof formats;

const names = Object.keys(formats) as StyleName[];
export const styleCount = names.length;

/** The `s` attribute of a cell in the given look. */
export const styleIds = Object.fromEntries(names.map((name, index) => [name, index])) as Record<
  StyleName,
  number
>;

function xfXml(f: CellFormat): string {
  const applies =
    (f.numFmt === general ? '' : ' applyNumberFormat="1"') +
    (f.font === normalFont ? '' : ' applyFont="1"') +
    (f.isGrey ? ' applyFill="1"' : '') +
    (f.isBordered ? ' applyBorder="1"' : '');
  const head =
    `<xf numFmtId="${f.numFmt}" fontId="${f.font}" fillId="${f.isGrey ? 2 : 0}"` +
    ` borderId="${f.isBordered ? 1 : 0}" xfId="0"${applies}`;
  if (f.horizontal === undefined) return `${head}/>`;
  const wrap = f.isWrapped ? ' wrapText="1"' : '';
  return `${head} applyAlignment="1"><alignment horizontal="${f.horizontal}" vertical="center"${wrap}/></xf>`;
}

// family 3 and charset 134 (GB2312) are what Excel itself writes for 宋体.
function fontXml(size: number, isBold: boolean): string {
  return `<font>${isBold ? '<b/>' : ''}<sz val="${size}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`;
}

const thinEdge = (side: string): string => `<${side} style="thin"><color indexed="64"/></${side}>`;

export const stylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<numFmts count="${customFormats.length}">` +
  customFormats.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${f.code}"/>`).join('') +
  '</numFmts>' +
  `<fonts count="3">${fontXml(11, false)}${fontXml(11, true)}${fontXml(16, true)}</fonts>` +
  '<fills count="3"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  `<border>${['left', 'right', 'top', 'bottom'].map(thinEdge).join('')}<diagonal/></border></borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${names.length}">${names.map((name) => xfXml(formats[name])).join('')}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  '</styleSheet>';
