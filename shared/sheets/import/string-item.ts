import { textBetween, scanXml, type XmlTag } from './xml-scan.ts';

/**
 * Gathers the text of a string item (`<si>` of the shared strings, `<is>` of an inline string):
 * its `<t>` runs joined, phonetic guides (`<rPh>`, the furigana of Japanese files) left out.
 */
export class StringItem {
  #text = '';
  #textStart = -1;
  #isPhonetic = false;

  /** Takes a tag inside the item; returns false for tags that are not the item's text. */
  take(xml: string, tag: XmlTag): boolean {
    if (tag.name === 'rPh') this.#isPhonetic = tag.kind === 'open';
    else if (tag.name !== 't') return false;
    else if (this.#isPhonetic) return true;
    else if (tag.kind === 'open') this.#textStart = tag.end;
    else if (tag.kind === 'close' && this.#textStart >= 0) {
      this.#text += textBetween(xml, this.#textStart, tag.start);
      this.#textStart = -1;
    }
    return true;
  }

  /** The item's text, and a fresh start for the next item. */
  finish(): string {
    const text = unescapeCellText(this.#text);
    this.#text = '';
    this.#textStart = -1;
    this.#isPhonetic = false;
    return text;
  }
}

export function sharedStrings(xml: string | undefined): string[] {
  const items: string[] = [];
  if (xml === undefined) return items;
  const item = new StringItem();
  scanXml(xml, (tag) => {
    if (item.take(xml, tag)) return undefined;
    if (tag.name === 'si' && tag.kind !== 'open') items.push(item.finish());
    return undefined;
  });
  return items;
}

/** Excel writes characters XML cannot carry as `_xHHHH_` inside cell text (`_x005F_` is `_`). */
function unescapeCellText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
