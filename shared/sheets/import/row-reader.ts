import type { ColumnMap } from './columns.ts';
import { formulaLikeStart } from './formula-like.ts';
import type { ImportCell } from './import-cell.ts';

/** Reads a row's cells as the text a field keeps; each problem is pushed as [label, message]. */
export type Reader<K extends string> = (key: K, label: string, isNumeric?: boolean) => string;

/** Reads one row's cells as text, reporting wrong cell types (numbers for IDs, dates for names). */
export function rowReader<K extends string>(
  cells: readonly ImportCell[],
  map: ColumnMap<K>,
  issues: string[][],
): Reader<K> {
  return (key, label, isNumeric = false) => {
    const index = map[key];
    const cell = index === undefined ? undefined : cells[index];
    if (cell === undefined) return '';
    switch (cell.kind) {
      case 'empty':
        return '';
      case 'text': {
        const text = cell.text.trim();
        const start = formulaLikeStart(text);
        if (start === undefined) return text;
        issues.push([
          label,
          `${label}以“${start}”开头，在表格软件中可能被当作公式执行，为安全起见不予导入。请删去开头的“${start}”后重新导入`,
        ]);
        return '';
      }
      case 'number':
        // Excel keeps 15 significant digits: an 18-digit ID typed as a number has lost its tail.
        if (isNumeric && Number.isSafeInteger(cell.value)) return String(cell.value);
        if (
          !isNumeric &&
          Number.isInteger(cell.value) &&
          label !== '身份证号' &&
          label !== '身份证号码'
        ) {
          return String(cell.value);
        }
        issues.push([
          label,
          `${label}是数字格式，末尾数字可能已丢失。请把该列设为“文本”后重新填写`,
        ]);
        return '';
      case 'date':
        issues.push([label, `${label}是日期格式，应为文字`]);
        return '';
      case 'boolean':
      case 'error':
        issues.push([
          label,
          `${label}的内容无法识别（${cell.kind === 'error' ? '错误值' : '逻辑值'}）`,
        ]);
        return '';
      default:
        throw new Error(`Unhandled cell: ${String(cell satisfies never)}`);
    }
  };
}
