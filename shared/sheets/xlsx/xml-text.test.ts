import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellTextXml, escapeXml, needsPreserve } from './xml-text.ts';

// What XML 1.0 allows as characters (§2.2), checked on code points after the text is written.
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

// Any UTF-16 code unit (lone surrogates too), whole astral characters, and the markup that matters.
const hostileText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.integer({ min: 0x10000, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
    fc.constantFrom('&', '<', '>', '"', ']]>', '_x0041_', '\r\n'),
  ),
});

describe('escapeXml', () => {
  it('escapes markup so that ]]> and tags stay text when a user types them', () => {
    expect(escapeXml('a]]><b c="d">&e')).toBe('a]]&gt;&lt;b c=&quot;d&quot;&gt;&amp;e');
  });

  it('drops characters XML 1.0 cannot carry when text holds controls or broken surrogates', () => {
    const hostile = 'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j';
    expect(escapeXml(hostile)).toBe('abcdefghij');
  });

  it('keeps tab, newline, carriage return and surrogate pairs when they are legal', () => {
    expect(escapeXml('a\tb\nc\rd 😀 𠮷')).toBe('a\tb\nc\rd 😀 𠮷');
  });

  it('returns the same string when nothing needs escaping', () => {
    const plain = '张三 370602199001011234';
    expect(escapeXml(plain)).toBe(plain);
  });

  it('writes only legal XML characters and whole entities when given any string', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeXml(text);
        for (const char of escaped) expect(isXmlChar(char.codePointAt(0) ?? 0)).toBe(true);
        expect(escaped).not.toMatch(/[<>"]/);
        expect(escaped.replace(/&(amp|lt|gt|quot);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('cellTextXml', () => {
  it("escapes Excel's own _xHHHH_ form so that typed text comes back unchanged", () => {
    expect(cellTextXml('_x0041_ and _x00_')).toBe('_x005F_x0041_ and _x00_');
  });

  it('writes a carriage return in _x000D_ form when text has one', () => {
    expect(cellTextXml('a\r\nb')).toBe('a_x000D_\nb');
  });
});

describe('needsPreserve', () => {
  it('asks for xml:space only when text starts or ends with white space', () => {
    expect([needsPreserve(' a'), needsPreserve('a\n'), needsPreserve('a b')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
