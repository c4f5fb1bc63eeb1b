const digitOf: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `二〇二五` digit by digit, as years are printed; undefined when a character is not a digit. */
export function chineseDigits(text: string): number | undefined {
  let value = 0;
  for (const c of text) {
    const digit = digitOf[c];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return text === '' ? undefined : value;
}

/** `十二`, `三十二`, `一百二十` as counted: up to 999, as days, months and hours need. */
export function chineseCount(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let current = 0;
  for (const c of text) {
    if (c === '百') {
      total += (current === 0 ? 1 : current) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else {
      const digit = digitOf[c];
      if (digit === undefined) return undefined;
      current = current * 10 + digit;
    }
  }
  return total + current;
}

/** The characters of Chinese numerals, for building patterns. */
export const chineseNumeralChars = '〇零一二三四五六七八九十百两';
