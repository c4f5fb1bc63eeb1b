import { Typography } from 'antd';
import type { Claim, Hours, RulebookId, Staff } from '#shared/contract/index.ts';
import { yearBank, isMet } from '#shared/bank/index.ts';
import type { Evaluation } from '#shared/rules/index.ts';
import { addHours, totalOf } from '#shared/rules/rounding.ts';
import { maskIdNumber } from '#shared/validators/index.ts';

interface Props {
  readonly staff: Staff | undefined;
  readonly claim: Claim;
  readonly personClaims: readonly Claim[];
  /** The rules' evaluations of this person's pending claims, already made for the inbox. */
  readonly personEvaluations: readonly Evaluation[];
  readonly rulebook: RulebookId;
  readonly credited: Hours;
}

function HoursLine({ hours }: { readonly hours: Hours }) {
  const met = isMet(hours);
  return (
    <>
      公需 {hours.public} / 专业 {hours.professional} · 合计 {totalOf(hours)}
      <span className={met ? 'met-mark met-mark-yes' : 'met-mark'}>
        {met ? '已达标' : '未达标'}
      </span>
    </>
  );
}

/** Who filed the claim, and their year's bank before and after this claim is approved. */
export function PersonBank({
  staff,
  claim,
  personClaims,
  personEvaluations,
  rulebook,
  credited,
}: Props) {
  if (staff === undefined)
    return <Typography.Text type="warning">本机没有该申报人的人员信息。</Typography.Text>;
  const [row] = yearBank(rulebook, claim.year, [{ ...staff, status: 'active' }], personClaims, {
    evaluations: personEvaluations,
  });
  const before = { public: row?.public ?? 0, professional: row?.professional ?? 0 };
  const after = addHours(before, credited);
  return (
    <table className="bank-table">
      <tbody>
        <tr>
          <th scope="row">姓名</th>
          <td className="bank-value">{staff.name}</td>
          <th scope="row">职称</th>
          <td className="bank-value">{staff.title ?? '—'}</td>
        </tr>
        {/* The ID and the department on rows of their own: beside another pair they were cut
            off in a claim pane of 1366 × 768. */}
        <tr>
          <th scope="row">身份证号</th>
          <td className="bank-value" colSpan={3}>
            {maskIdNumber(staff.idNumber)}
          </td>
        </tr>
        <tr>
          <th scope="row">部门</th>
          <td colSpan={3}>{staff.department ?? '—'}</td>
        </tr>
        <tr>
          <th scope="row">{claim.year}年 审核前</th>
          <td colSpan={3}>
            <HoursLine hours={before} />
          </td>
        </tr>
        <tr>
          <th scope="row">按建议通过后</th>
          <td colSpan={3}>
            <HoursLine hours={after} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
