/** What the import reads from a sheet or a CSV: typed cells, row by row. */
export type ImportCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error' };

export interface ImportTable {
  readonly format: 'xlsx' | 'csv';
  /** rows[0] is the sheet's row 1. */
  readonly rows: readonly (readonly ImportCell[])[];
}

export const emptyCell: ImportCell = { kind: 'empty' };

export function textCell(text: string): ImportCell {
  return text === '' ? emptyCell : { kind: 'text', text };
}
