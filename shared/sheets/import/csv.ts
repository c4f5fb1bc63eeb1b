/**
 * RFC 4180 CSV, comma or tab separated, read by hand on purpose: one linear pass with no regular
 * expressions and no type guessing, so untrusted text can neither stall the parser nor have an
 * 18-digit 身份证号 turned into a rounded number.
 */
export function parseCsv(
  text: string,
  maxRows: number,
): { rows: string[][]; isTruncated: boolean } {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  let i = 0;
  const endRow = (): void => {
    row.push(field);
    field = '';
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i] ?? '';
    if (isQuoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else isQuoted = false;
      } else field += char;
    } else if (char === '"' && field === '') isQuoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      if (rows.length > maxRows) return { rows, isTruncated: true };
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, isTruncated: false };
}
