import { attribute, scanXml } from './xml-scan.ts';

/**
 * Which cell styles show a number as a date. Excel stores a date as a day count; only the
 * style's number format tells it apart, and the import reports a date where text was expected.
 */

/** Built-in date and time formats, the Chinese ones (27–36, 50–58) included. */
function isBuiltInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** A custom format is a date when, outside quoted text, escapes and [colour] tags, it has y m d h s. */
export function isDateFormat(code: string): boolean {
  // Excel keeps a format to 255 characters; a longer one is not Excel's and is not read.
  if (code.length > 255) return false;
  const bare = code
    .replace(/"[^"]*"/gu, '')
    .replace(/[\\_*]./gu, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/giu, '');
  return /[ymdhs]/iu.test(bare);
}

/** For each style index of `cellXfs`, whether it formats numbers as dates. */
export function dateStyles(stylesXml: string | undefined): readonly boolean[] {
  if (stylesXml === undefined) return [];
  const customDates = new Set<number>();
  const styles: boolean[] = [];
  let isInCellXfs = false;
  scanXml(stylesXml, (tag) => {
    if (tag.name === 'numFmt' && tag.kind !== 'close') {
      const id = Number(attribute(tag.attributes, 'numFmtId'));
      if (isDateFormat(attribute(tag.attributes, 'formatCode') ?? '')) customDates.add(id);
    } else if (tag.name === 'cellXfs') isInCellXfs = tag.kind === 'open';
    else if (tag.name === 'xf' && isInCellXfs && tag.kind !== 'close') {
      const id = Number(attribute(tag.attributes, 'numFmtId') ?? '0');
      styles.push(isBuiltInDate(id) || customDates.has(id));
    }
    return undefined;
  });
  return styles;
}
