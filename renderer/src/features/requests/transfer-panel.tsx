import { Fragment } from 'react';
import { Alert, Button, Descriptions, Space, Table, Typography } from 'antd';
import type { Hours } from '#shared/contract/index.ts';
import { isMet } from '#shared/bank/index.ts';
import { transferDirectionLabels } from '#shared/labels/index.ts';
import { totalOf } from '#shared/rules/rounding.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import { mergedYears, personYears } from '../../data/requests/transfer-bank.ts';
import { isDecisionMade, type InboxItem } from '../../data/review/inbox-rows.ts';
import { useSnapshot } from '../../ui/session-context.tsx';
import { useHashRoute } from '../../ui/use-hash-route.ts';
import { RequestAttachments } from './request-head.tsx';

const hoursText = (hours: Hours) =>
  `公需 ${hours.public} / 专业 ${hours.professional} · 合计 ${totalOf(hours)}${isMet(hours) ? '（已达标）' : ''}`;
/** The narrow form, 公需 / 专业, for a table of several years. */
const pairText = (hours: Hours) =>
  `${hours.public} / ${hours.professional}${isMet(hours) ? ' 达标' : ''}`;

/** 人员调转: who, from or to which unit, and what it does to their hours and waiting claims. */
export function TransferDetails({ item }: { readonly item: InboxItem }) {
  const snapshot = useSnapshot();
  const { transfer } = item;
  if (transfer === undefined) return null;
  const { otherUnit } = transfer;
  const isIn = transfer.direction === 'in';
  const staff =
    transfer.staffId === undefined ? undefined : snapshot.staffById.get(transfer.staffId);
  // A transfer out may name the person only; the unit's record has the rest.
  const person = { ...staff, ...transfer.person };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {/* Two to a row, unboxed, labels on one line: at 1366×768 the hours below, what the
          reviewer decides on, then show within the pane instead of below its fold. */}
      <Descriptions
        size="small"
        column={2}
        aria-label="调转人员"
        styles={{ label: { whiteSpace: 'nowrap' } }}
      >
        <Descriptions.Item label="姓名">{person.name}</Descriptions.Item>
        <Descriptions.Item label="部门">
          {person.department ?? staff?.department ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="身份证号" span={2}>
          {maskIdNumber(person.idNumber)}
        </Descriptions.Item>
        <Descriptions.Item label="职称">{person.title ?? staff?.title ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="生效日期">{transfer.effectiveDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={isIn ? '调出单位' : '调入单位'} span={2}>
          {otherUnit === undefined
            ? '—'
            : `${otherUnit.name}${otherUnit.region === undefined ? '' : `（${otherUnit.region}）`}`}
        </Descriptions.Item>
      </Descriptions>
      {transfer.reason !== undefined && (
        <Typography.Text>
          {transferDirectionLabels[transfer.direction]}理由：{transfer.reason}
        </Typography.Text>
      )}
      {isIn ? <TransferInHours item={item} /> : <TransferOutBank item={item} />}
      <RequestAttachments files={transfer.attachments} />
    </Space>
  );
}

/** The certified hours and, for each year, the person's bank here before and after the merge. */
function TransferInHours({ item }: { readonly item: InboxItem }) {
  const snapshot = useSnapshot();
  const { transfer } = item;
  if (transfer === undefined) return null;
  const existing =
    transfer.staffId === undefined ? undefined : snapshot.staffById.get(transfer.staffId);
  const claims = existing === undefined ? [] : (snapshot.claimsByStaff.get(existing.id) ?? []);
  const years = mergedYears(snapshot.rulebook, transfer, existing, claims);
  if (years.length === 0) return <Typography.Text type="secondary">没有认定学时。</Typography.Text>;
  return (
    <table className="bank-table" aria-label="认定学时与合并">
      <caption style={{ textAlign: 'left', padding: '4px 0' }}>
        原地区认定的学时，合并计算（公需 / 专业）
      </caption>
      <thead>
        <tr>
          <th scope="col">年度</th>
          <th scope="col">认定学时</th>
          <th scope="col">合并前</th>
          <th scope="col">合并后</th>
        </tr>
      </thead>
      <tbody>
        {years.map((row) => (
          <Fragment key={row.year}>
            <tr>
              <th scope="row">{row.year}</th>
              <td>{pairText(row.certified)}</td>
              <td>{pairText(row.before)}</td>
              <td>{pairText(row.after)}</td>
            </tr>
            {/* The certificate on a line of its own under its year: in the year's cell it
                broke into three lines and pushed the next year below the pane's fold. */}
            <tr>
              <td colSpan={4} style={{ fontSize: 12, paddingTop: 2, paddingBottom: 2 }}>
                {row.year} 年证书 {row.certificateNo}
              </td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** The leaving person's year bank, and their claims still waiting for the unit. */
function TransferOutBank({ item }: { readonly item: InboxItem }) {
  const snapshot = useSnapshot();
  const { transfer } = item;
  const [, go] = useHashRoute('inbox');
  if (transfer?.staffId === undefined) return null;
  const staff = snapshot.staffById.get(transfer.staffId);
  if (staff === undefined) {
    return <Typography.Text type="warning">本机没有此人的人员信息。</Typography.Text>;
  }
  const claims = snapshot.claimsByStaff.get(staff.id) ?? [];
  const waiting = claims.filter(
    (claim) => claim.status === 'submitted' && !isDecisionMade(snapshot.decisions.get(claim.id)),
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {waiting.length === 0 ? (
        <Typography.Text type="secondary">此人没有等待本单位审核的申报。</Typography.Text>
      ) : (
        <Alert
          type="warning"
          showIcon
          title={`此人还有 ${waiting.length} 条申报等待本单位审核`}
          description={
            <Space orientation="vertical">
              <span>请先审核这些申报；否则通过调出后，它们随本人调出，不再由本单位审核。</span>
              {waiting.map((claim) => (
                <Button
                  key={claim.id}
                  size="small"
                  style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
                  onClick={() => go(`inbox/${encodeURIComponent(claim.id)}`)}
                >
                  审核：{claim.title}（{claim.claimedHours} 学时）
                </Button>
              ))}
            </Space>
          }
        />
      )}
      <Table
        size="small"
        pagination={false}
        rowKey="year"
        aria-label="年度学时"
        title={() => '本单位的年度学时'}
        locale={{ emptyText: '没有学时记录' }}
        dataSource={personYears(snapshot.rulebook, staff, claims)}
        columns={[
          { title: '年度', dataIndex: 'year', width: 64 },
          { title: '学时', render: (_, row) => hoursText(row.hours) },
        ]}
      />
    </Space>
  );
}
