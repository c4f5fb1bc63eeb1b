/** A1 addressing, for the writer and the import reader alike. Rows and columns count from 1. */

/** Excel's last column (XFD) and row. */
export const maxColumn = 16_384;
export const maxRow = 1_048_576;

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${String(row)}`;
}

/** `B3` → row 3, column 2; undefined for anything that is not an address inside Excel's grid. */
export function parseCellAddress(
  address: string,
): { readonly row: number; readonly column: number } | undefined {
  const match = /^([A-Z]{1,3})([1-9]\d{0,6})$/u.exec(address);
  if (match === null) return undefined;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  return column <= maxColumn && row <= maxRow ? { row, column } : undefined;
}
