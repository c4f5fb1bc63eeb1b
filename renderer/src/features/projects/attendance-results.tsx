import { Alert, Table, Tag } from 'antd';
import { missingCaseError } from '#shared/errors/result.ts';
import type { ProjectOutboxDoc } from '../../data/db/project-schemas.ts';

/** The platform's answer to one attendance list, person by person. */
export function AttendanceResults({ doc }: { readonly doc: ProjectOutboxDoc }) {
  switch (doc.state) {
    case 'waiting':
      return (
        <Alert
          type="warning"
          showIcon
          title="学时报送待提交：联网同步时送达省平台，送达后在此显示每人的结果。"
        />
      );
    case 'refused':
      return <Alert type="error" showIcon title={`省平台未接受这次报送：${doc.detail ?? ''}`} />;
    case 'done': {
      const results = doc.results ?? [];
      const created = results.filter((r) => r.status === 'created').length;
      return (
        <>
          <Alert
            type={created === results.length ? 'success' : 'warning'}
            showIcon
            title={`省平台已接收：${created} 人生成学时申报，${results.length - created} 人未通过。生成的申报在“待审核”中审核。`}
          />
          <Table
            size="small"
            rowKey="staffId"
            pagination={false}
            aria-label="报送结果"
            dataSource={[...results]}
            columns={[
              { title: '姓名', key: 'name', render: (_, r) => doc.names?.[r.staffId] ?? r.staffId },
              {
                title: '结果',
                key: 'status',
                render: (_, r) =>
                  r.status === 'created' ? (
                    <Tag color="green">已生成申报</Tag>
                  ) : (
                    <span>
                      <Tag color="red">未通过</Tag>
                      {r.detail}
                    </span>
                  ),
              },
            ]}
          />
        </>
      );
    }
    default:
      throw missingCaseError(doc.state);
  }
}
