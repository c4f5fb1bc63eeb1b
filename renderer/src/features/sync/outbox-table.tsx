import { Button, Table, Tag } from 'antd';
import type { DecisionDoc } from '../../data/db/schemas.ts';
import {
  decisionCategoryLabel,
  decisionOutcomeLabels,
  decisionStateLabels,
} from '#shared/labels/index.ts';
import { formatTime } from '../../ui/format.ts';
import { decisionStateColors } from '../../ui/words.ts';

interface Props {
  readonly decisions: readonly DecisionDoc[];
  readonly onUndo?: (decision: DecisionDoc) => void;
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
          render: (value: string) => decisionCategoryLabel(value),
        },
        {
          title: '结果',
          width: 70,
          render: (_, d) => decisionOutcomeLabels[d.payload.outcome],
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
            <Tag color={decisionStateColors[d.state]}>{decisionStateLabels[d.state]}</Tag>
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
