import { Descriptions, Tag, Typography } from 'antd';
import type { Claim, Hours, RulebookId, Staff } from '../../../../shared/contract/index.ts';
import { yearBank, isMet } from '../../../../shared/bank/index.ts';
import { maskIdNumber } from '../../../../shared/sheets/id-number.ts';

interface Props {
  readonly staff: Staff | undefined;
  readonly claim: Claim;
  readonly personClaims: readonly Claim[];
  readonly rulebook: RulebookId;
  readonly credited: Hours;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Who filed the claim, and their year's bank before and after this claim is approved. */
export function PersonBank({ staff, claim, personClaims, rulebook, credited }: Props) {
  if (staff === undefined)
    return <Typography.Text type="warning">本机没有该申报人的人员信息。</Typography.Text>;
  const [row] = yearBank(rulebook, claim.year, [{ ...staff, status: 'active' }], personClaims);
  const before = { public: row?.public ?? 0, professional: row?.professional ?? 0 };
  const after = {
    public: round(before.public + credited.public),
    professional: round(before.professional + credited.professional),
  };
  const show = (h: Hours) => (
    <span>
      公需 {h.public} / 专业 {h.professional} · 合计 {round(h.public + h.professional)}{' '}
      {isMet(h) ? <Tag color="green">已达标</Tag> : <Tag>未达标</Tag>}
    </span>
  );
  return (
    <Descriptions size="small" column={2} bordered>
      <Descriptions.Item label="姓名">{staff.name}</Descriptions.Item>
      <Descriptions.Item label="身份证号">{maskIdNumber(staff.idNumber)}</Descriptions.Item>
      <Descriptions.Item label="部门">{staff.department ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="职称">{staff.title ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={`${claim.year}年 审核前`} span={2}>
        {show(before)}
      </Descriptions.Item>
      <Descriptions.Item label="按建议通过后" span={2}>
        {show(after)}
      </Descriptions.Item>
    </Descriptions>
  );
}
