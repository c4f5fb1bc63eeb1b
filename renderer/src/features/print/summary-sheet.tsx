import { rosterHeader } from '#shared/sheets/export-roster.ts';
import { chineseDate, hoursText } from './format.ts';
import type { YearSummary } from './year-summary.ts';

/**
 * 年度继续教育完成情况表 as printed (sheets.md): the roster workbook's columns, totals and
 * note, and a place for the unit's seal. `rowLimit` keeps the on-screen preview short.
 */
export function SummarySheet({
  summary,
  issued,
  isFullIdNumber,
  rowLimit,
}: {
  summary: YearSummary;
  issued: string;
  isFullIdNumber: boolean;
  rowLimit?: number;
}) {
  const { rows, totals, requirement } = summary;
  const shown = rowLimit === undefined ? rows : rows.slice(0, rowLimit);
  const rate = rows.length === 0 ? 0 : (totals.metCount / rows.length) * 100;
  return (
    <div className="print-sheet print-summary-sheet">
      <h1>{summary.year}年度继续教育完成情况表</h1>
      <div className="print-meta">
        <span>单位（盖章）：{summary.unitName}</span>
        <span>年度：{summary.year}</span>
        <span>打印日期：{chineseDate(issued)}</span>
      </div>
      <table aria-label="完成情况">
        <thead>
          <tr>
            {rosterHeader.map((label) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={`${index}-${row.idNumber}`}>
              <td>{index + 1}</td>
              <td>{row.name}</td>
              <td>{row.idNumber}</td>
              <td className="print-text">{row.department}</td>
              <td>{row.title}</td>
              <td>{hoursText(row.public)}</td>
              <td>{hoursText(row.professional)}</td>
              <td>{hoursText(row.total)}</td>
              <td>{row.met ? '是' : '否'}</td>
              <td>{hoursText(row.missing.public)}</td>
              <td>{hoursText(row.missing.professional)}</td>
            </tr>
          ))}
          {shown.length < rows.length && (
            <tr>
              <td colSpan={rosterHeader.length}>
                预览只显示前 {shown.length} 人，打印时输出全部 {rows.length} 人
              </td>
            </tr>
          )}
          <tr>
            <td colSpan={5}>
              合计（共 {rows.length} 人，达标 {totals.metCount} 人，未达标{' '}
              {rows.length - totals.metCount} 人）
            </td>
            <td>{hoursText(totals.public)}</td>
            <td>{hoursText(totals.professional)}</td>
            <td>{hoursText(totals.total)}</td>
            <td>达标率 {rate.toFixed(1)}%</td>
            <td>{hoursText(totals.missing.public)}</td>
            <td>{hoursText(totals.missing.professional)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        说明：达标指公需科目不少于 {requirement.public} 学时且专业科目不少于{' '}
        {requirement.professional} 学时；差额为尚缺学时。
        {isFullIdNumber ? '' : '身份证号已隐去出生日期和顺序码。'}
      </p>
      <div className="print-closing">
        <div className="print-seal">
          <div>负责人：</div>
          <div>{summary.unitName}（盖章）</div>
          <div>{chineseDate(issued)}</div>
        </div>
      </div>
    </div>
  );
}
