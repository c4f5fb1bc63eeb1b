import { cellTextXml, needsPreserve } from './xml-text.ts';

/**
 * sharedStrings.xml: every text cell points into one table, as Excel itself writes it. WPS and
 * older Excel read inline strings less reliably, and a roster repeats its departments, titles
 * and 是/否 thousands of times.
 */
export interface SharedStrings {
  readonly indexes: Map<string, number>;
  readonly texts: string[];
  /** Cells pointing into the table, for the `count` attribute. */
  uses: number;
}

export function newSharedStrings(): SharedStrings {
  return { indexes: new Map(), texts: [], uses: 0 };
}

export function sharedIndex(table: SharedStrings, text: string): number {
  table.uses += 1;
  const known = table.indexes.get(text);
  if (known !== undefined) return known;
  const index = table.texts.length;
  table.indexes.set(text, index);
  table.texts.push(text);
  return index;
}

export function sharedStringsXml(table: SharedStrings): string {
  const items = table.texts.map((text) =>
    needsPreserve(text)
      ? `<si><t xml:space="preserve">${cellTextXml(text)}</t></si>`
      : `<si><t>${cellTextXml(text)}</t></si>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ` count="${table.uses}" uniqueCount="${table.texts.length}">${items.join('')}</sst>`
  );
}
