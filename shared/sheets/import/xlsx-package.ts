import { decodeBytes } from './text-decoder.ts';
import { attribute, scanXml } from './xml-scan.ts';

/** The package around an .xlsx's sheets: part texts, the workbook's relationships, its first sheet. */

export type Parts = Readonly<Record<string, Uint8Array>>;

/** A part's text: UTF-8 as Excel writes, UTF-16 when the part starts with its byte-order mark. */
export function partText(part: Uint8Array | undefined): string | undefined {
  if (part === undefined) return undefined;
  const label =
    part[0] === 0xff && part[1] === 0xfe
      ? 'utf-16le'
      : part[0] === 0xfe && part[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return decodeBytes(part, label, false);
}

export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** `xl/_rels/workbook.xml.rels`: relationship id → part path inside the zip. */
export function relationships(xml: string | undefined): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  if (xml === undefined) return found;
  scanXml(xml, (tag) => {
    if (tag.name !== 'Relationship' || tag.kind === 'close') return undefined;
    const id = attribute(tag.attributes, 'Id');
    const target = attribute(tag.attributes, 'Target');
    if (id !== undefined && target !== undefined) {
      found.set(id, { type: attribute(tag.attributes, 'Type') ?? '', target: partPath(target) });
    }
    return undefined;
  });
  return found;
}

/** A target relative to `xl/` (or absolute from the package root) as a zip entry name. */
function partPath(target: string): string {
  const segments: string[] = [];
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The workbook's first sheet, and whether its day counts start in 1904 (old Mac files). */
export function firstSheet(xml: string): { relationId: string | undefined; isDate1904: boolean } {
  let relationId: string | undefined;
  let isDate1904 = false;
  scanXml(xml, (tag) => {
    if (tag.name === 'workbookPr' && tag.kind !== 'close') {
      const value = attribute(tag.attributes, 'date1904');
      isDate1904 = value === '1' || value === 'true';
    } else if (tag.name === 'sheet' && tag.kind !== 'close') {
      relationId = attribute(tag.attributes, 'id');
      return 'stop';
    }
    return undefined;
  });
  return { relationId, isDate1904 };
}
