import { strFromU8, unzipSync } from 'fflate';

/**
 * For tests: the raw parts of an .xlsx and the look of one cell, read from the XML itself.
 * The tests' value reader (read-back.ts) does not report fonts, borders or page setup in a form
 * worth asserting on, and those are half of what a printed form is.
 */
export function xlsxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export interface CellLook {
  readonly numberFormat: string;
  readonly isBold: boolean;
  readonly fontName: string | undefined;
  readonly fontSize: number;
  readonly isBordered: boolean;
  readonly fill: string | undefined;
  readonly horizontal: string | undefined;
  readonly isWrapped: boolean;
}

const builtInFormats: Readonly<Record<string, string>> = { '0': 'General', '1': '0', '49': '@' };

function elements(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
  return body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')) ?? [];
}

function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
}

/** The look of a cell of sheet `sheet` (1-based), or undefined when the cell is not written. */
export function cellLook(
  parts: Record<string, string>,
  sheet: number,
  address: string,
): CellLook | undefined {
  const sheetXml = parts[`xl/worksheets/sheet${sheet}.xml`] ?? '';
  const cell = new RegExp(`<c r="${address}"[^>]*>`).exec(sheetXml)?.[0];
  if (cell === undefined) return undefined;
  const styles = parts['xl/styles.xml'] ?? '';
  const xf = elements(styles, 'cellXfs', 'xf')[Number(attribute(cell, 's') ?? 0)] ?? '';
  const formatId = attribute(xf, 'numFmtId') ?? '0';
  const custom = elements(styles, 'numFmts', 'numFmt').find(
    (f) => attribute(f, 'numFmtId') === formatId,
  );
  const font = elements(styles, 'fonts', 'font')[Number(attribute(xf, 'fontId'))] ?? '';
  const fill = elements(styles, 'fills', 'fill')[Number(attribute(xf, 'fillId'))] ?? '';
  const border = elements(styles, 'borders', 'border')[Number(attribute(xf, 'borderId'))] ?? '';
  const fgColor = /<fgColor[^>]*>/.exec(fill)?.[0];
  return {
    numberFormat:
      custom === undefined
        ? (builtInFormats[formatId] ?? formatId)
        : (attribute(custom, 'formatCode') ?? ''),
    isBold: /<b\/>/.test(font),
    fontName: attribute(/<name [^>]*>/.exec(font)?.[0] ?? '', 'val'),
    fontSize: Number(attribute(/<sz [^>]*>/.exec(font)?.[0] ?? '', 'val')),
    isBordered: ['left', 'right', 'top', 'bottom'].every((side) =>
      new RegExp(`<${side} style="thin"`).test(border),
    ),
    fill: fgColor === undefined ? undefined : attribute(fgColor, 'rgb'),
    horizontal: attribute(/<alignment [^>]*>/.exec(xf)?.[0] ?? '', 'horizontal'),
    isWrapped: /wrapText="1"/.test(xf),
  };
}
