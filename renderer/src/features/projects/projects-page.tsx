import { App, Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { chinaDate } from '#shared/calendar/index.ts';
import type { IpcResult } from '#shared/ipc/contract.ts';
import { subjectLabels } from '#shared/rules/index.ts';
import {
  canReport,
  projectRows,
  projectStageLabels,
  projectStages,
  type ProjectRow,
  type ProjectStage,
} from '../../data/projects/project-stage.ts';
import { watchProjects } from '../../data/projects/project-actions.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { useTableHeight } from '../../ui/use-viewport-height.ts';
import { AttendancePanel } from './attendance-panel.tsx';
import { FilingForm } from './filing-form.tsx';
import { saveAttendanceList, saveSignInSheet } from './project-sheets.ts';

const stageColors: Record<ProjectStage, string> = {
  waiting: 'orange',
  refused: 'red',
  filed: 'blue',
  running: 'processing',
  ended: 'purple',
  reported: 'green',
};

type StageFilter = ProjectStage | 'all';

/** 培训项目: the unit's own training projects, filed before they open, and their attendance. */
export function ProjectsPage() {
  const session = useSession();
  const snapshot = useSnapshot();
  const data = useObservable(() => watchProjects(session.db), [session.db], undefined);
  const [filter, setFilter] = useState<StageFilter>('all');
  const [isFiling, setFiling] = useState(false);
  const [reporting, setReporting] = useState<ProjectRow | null>(null);
  const height = useTableHeight(150);
  const today = chinaDate(new Date());
  const unit = session.vault.profile.unit;
  const { message } = App.useApp();

  async function saved(saving: Promise<IpcResult<'saveFile'>>) {
    const result = await saving;
    if (!result.ok) void message.error(result.error.message);
  }

  const reportedIds = useMemo(() => {
    const ids = new Set<string>();
    for (const claim of snapshot.claims) {
      const projectId = claim.details?.projectId;
      if (projectId !== undefined && !claim.deleted) ids.add(projectId);
    }
    return ids;
  }, [snapshot.claims]);
  const rows = useMemo(
    () => (data === undefined ? [] : projectRows(data.projects, data.outbox, reportedIds, today)),
    [data, reportedIds, today],
  );
  const shown = filter === 'all' ? rows : rows.filter((row) => row.stage === filter);
  const countOf = (stage: ProjectStage) => rows.filter((row) => row.stage === stage).length;

  const columns: ColumnsType<ProjectRow> = [
    { title: '项目名称', dataIndex: 'title', ellipsis: true },
    { title: '科目', key: 'subject', width: 96, render: (_, r) => subjectLabels[r.subject] },
    { title: '开班', dataIndex: 'startDate', width: 108 },
    { title: '结束', dataIndex: 'endDate', width: 108 },
    { title: '学时', dataIndex: 'hours', width: 64 },
    { title: '备案日期', key: 'filed', width: 108, render: (_, r) => r.filedDate ?? '—' },
    {
      title: '状态',
      key: 'stage',
      width: 220,
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={stageColors[r.stage]}>{projectStageLabels[r.stage]}</Tag>
          {r.note !== undefined && <Typography.Text type="secondary">{r.note}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, r) => {
        const { project } = r;
        if (project === undefined) return null;
        return (
          <Space size={4}>
            {canReport(r) && (
              <Button
                size="small"
                onClick={() => setReporting(r)}
                aria-label={`报送学时：${r.title}`}
              >
                报送学时
              </Button>
            )}
            {r.stage === 'reported' ? (
              <Button
                size="small"
                aria-label={`学时名单：${r.title}`}
                onClick={() => void saved(saveAttendanceList(unit, project, snapshot))}
              >
                学时名单
              </Button>
            ) : (
              <Button
                size="small"
                aria-label={`签到表：${r.title}`}
                onClick={() => void saved(saveSignInSheet(unit, project, snapshot))}
              >
                签到表
              </Button>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented<StageFilter>
          aria-label="项目状态"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `全部（${rows.length}）` },
            ...projectStages
              .filter((stage) => stage !== 'refused' || countOf(stage) > 0)
              .map((stage) => ({
                value: stage,
                label: `${projectStageLabels[stage]}（${countOf(stage)}）`,
              })),
          ]}
        />
        <Button type="primary" onClick={() => setFiling(true)}>
          备案新项目
        </Button>
      </Space>
      <Table<ProjectRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={shown}
        pagination={false}
        scroll={{ y: height }}
        loading={data === undefined}
        aria-label="培训项目"
        locale={{ emptyText: '没有培训项目。单位自行举办的培训，须在开班前点“备案新项目”备案。' }}
      />
      {isFiling && <FilingForm today={today} onClose={() => setFiling(false)} />}
      {reporting?.project !== undefined && (
        <AttendancePanel
          project={reporting.project}
          outbox={data?.outbox ?? []}
          onClose={() => setReporting(null)}
        />
      )}
    </Space>
  );
}
