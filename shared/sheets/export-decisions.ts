import type { Unit } from '../contract/index.ts';
import { chinaDate, chinaWallClock } from '../calendar/china-time.ts';
import { sheetTitles } from './file-name.ts';
import {
  addSheet,
  fitColumns,
  freezeRows,
  newWorkbook,
  setPrintArea,
  toBytes,
  writeHeader,
  writeLine,
  writeRow,
  writeTitle,
  type ColumnKind,
} from './xlsx-writer.ts';

/**
 * One decision as the log shows it, already in Chinese: the data layer maps its records to this
 * (category, outcome and sync state by their labels), so the sheet stays a plain printer.
 */
export interface DecisionRow {
  /** When it was decided (an instant; shown in China time). */
  readonly decidedAt: Date;
  readonly reviewer: string;
  readonly person: string;
  readonly claimTitle: string;
  /** e.g. 培训进修. */
  readonly category: string;
  readonly claimedHours: number;
  /** Public + professional credited; undefined when nothing was credited (退回). */
  readonly creditedHours?: number;
  /** e.g. 通过, 不通过, 退回. */
  readonly outcome: string;
  readonly reason: string;
  /** e.g. 已同步, 待同步, 冲突. */
  readonly syncState: string;
}

export interface DecisionLogInput {
  readonly unit: Unit;
  /** The period shown in the header, e.g. 2025-01-01 至 2025-12-31. */
  readonly period?: { readonly from: string; readonly to: string };
  readonly rows: readonly DecisionRow[];
  readonly now?: Date;
}

export const decisionHeader = [
  '审核时间',
  '审核人',
  '申报人',
  '申报事项',
  '类别',
  '申报学时',
  '认定学时',
  '审核结果',
  '理由',
  '同步状态',
] as const;
const kinds: readonly ColumnKind[] = [
  'datetime',
  'text',
  'text',
  'text',
  'text',
  'hours',
  'hours',
  'text',
  'text',
  'text',
];

/** 审核记录: every decision of the period, oldest first, the unit's proof of 谁审核，谁负责. */
export async function buildDecisionLog(input: DecisionLogInput): Promise<Uint8Array> {
  const now = input.now ?? new Date();
  const workbook = newWorkbook(now);
  const sheet = addSheet(workbook, sheetTitles.decisions, {
    orientation: 'landscape',
    isOnePage: false,
  });
  const columns = decisionHeader.length;
  writeTitle(sheet, 1, sheetTitles.decisions, columns);
  writeLine(sheet, 2, 1, 4, `单位：${input.unit.name}`);
  const period =
    input.period === undefined ? '' : `期间：${input.period.from} 至 ${input.period.to}`;
  writeLine(sheet, 2, 5, 7, period);
  writeLine(sheet, 2, 8, 10, `导出日期：${chinaDate(now)}`);
  writeHeader(sheet, 3, decisionHeader);
  const rows = [...input.rows].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
  rows.forEach((r, index) => {
    writeRow(
      sheet,
      4 + index,
      [
        chinaWallClock(r.decidedAt),
        r.reviewer,
        r.person,
        r.claimTitle,
        r.category,
        r.claimedHours,
        r.creditedHours,
        r.outcome,
        r.reason,
        r.syncState,
      ],
      kinds,
    );
  });
  const last = 3 + rows.length + 1;
  writeLine(sheet, last, 1, columns, `共 ${rows.length} 条审核记录。`);
  fitColumns(sheet, [
    [...decisionHeader],
    ...rows
      .slice(0, 500)
      .map((r) => [
        '2025-01-01 00:00',
        r.reviewer,
        r.person,
        r.claimTitle,
        r.category,
        '',
        '',
        r.outcome,
        r.reason,
        r.syncState,
      ]),
  ]);
  freezeRows(sheet, 3);
  setPrintArea(sheet, last, columns, 3);
  return toBytes(workbook);
}
