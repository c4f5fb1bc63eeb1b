/**
 * OWASP's CSV injection list: a value that starts with `=`, `+`, `-` or `@` may run as a formula
 * when the data later reaches a spreadsheet (an export, a platform's download), and a leading
 * tab or carriage return can hide such a start. The import trims every text value, which
 * removes a leading tab or CR; what is then left starting with one of the four is refused, so
 * nothing formula-like is ever stored. Full-width forms (＝＋－＠) count, since NFKC folds them.
 * Only text is judged: a number cell of -5 is a number, not a formula.
 */
const formulaStarts = new Set(['=', '+', '-', '@']);

/** The character that makes a trimmed value formula-like, or undefined when it is safe. */
export function formulaLikeStart(value: string): string | undefined {
  const first = value.slice(0, 1).normalize('NFKC');
  return formulaStarts.has(first) ? value.slice(0, 1) : undefined;
}
