import { Button, Table, Tag } from 'antd';
import type { DecisionDoc } from '../../data/db/schemas.ts';
import { categoryLabels } from '#shared/rules/index.ts';
import type { Category } from '#shared/contract/index.ts';
import { formatTime } from '../../ui/format.ts';
import { outcomeLabels, stateLabels } from './labels.ts';

interface Props {
  readonly decisions: readonly DecisionDoc[];
  readonly onUndo?: (decision: DecisionDoc) => void;
}

export function categoryText(category: string): string {
  if (category === 'registration') return '人员注册';
  return category in categoryLabels ? categoryLabels[category as Category] : '其他';
}

export function OutboxTable({ decisions, onUndo }: Props) {
  return (
    <Table<DecisionDoc>
      size="small"
      rowKey="decisionId"
      dataSource={[...decisions]}
      pagination={{ pageSize: 8, showSizeChanger: false }}
      columns={[
        {
          title: '审核时间',
          dataIndex: 'createdAt',
          width: 140,
          render: (value: string) => formatTime(value),
        },
        { title: '人员', dataIndex: 'staffName', width: 90, ellipsis: true },
        { title: '项目', dataIndex: 'title', ellipsis: true },
        {
          title: '类别',
          dataIndex: 'category',
          width: 110,
          render: (value: string) => categoryText(value),
        },
        {
          title: '结果',
          width: 70,
          render: (_, d) => outcomeLabels[d.payload.outcome],
        },
        {
          title: '认定学时',
          width: 110,
          render: (_, d) =>
            d.payload.creditedHours === undefined
              ? '—'
              : `公需 ${d.payload.creditedHours.public} / 专业 ${d.payload.creditedHours.professional}`,
        },
        {
          title: '状态',
          width: 90,
          render: (_, d) => (
            <Tag
              color={
                d.state === 'pending'
                  ? 'orange'
                  : d.state === 'conflict' || d.state === 'invalid'
                    ? 'red'
                    : 'green'
              }
            >
              {stateLabels[d.state]}
            </Tag>
          ),
        },
        ...(onUndo === undefined
          ? []
          : [
              {
                title: '操作',
                width: 70,
                render: (_: unknown, d: DecisionDoc) => (
                  <Button size="small" onClick={() => onUndo(d)}>
                    撤销
                  </Button>
                ),
              },
            ]),
      ]}
    />
  );
}
