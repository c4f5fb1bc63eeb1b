import { Alert, App, Button, Drawer, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { ImportIssue } from '#shared/sheets/import/parse-import.ts';
import { suggestionLabels } from '#shared/rules/index.ts';
import type { ProjectDoc, ProjectOutboxDoc } from '../../data/db/project-schemas.ts';
import { importInWorker } from '../../data/import/import-client.ts';
import { pickListFile } from '../../data/import/pick-list.ts';
import {
  previewAttendance,
  type AttendanceCandidate,
  type AttendancePreviewRow,
} from '../../data/projects/attendance-preview.ts';
import { departmentOf } from '../../ui/department.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { suggestionColors } from '../../ui/words.ts';
import { AttendanceResults } from './attendance-results.tsx';

/**
 * 报送学时: who attended an ended project, chosen from the directory or read from a sign-in list
 * through the guarded import; each person checked before anything is sent (attendance-preview.ts),
 * then 提交 and the platform's answer per person.
 */
export function AttendancePanel({
  project,
  outbox,
  onClose,
}: {
  readonly project: ProjectDoc;
  readonly outbox: readonly ProjectOutboxDoc[];
  readonly onClose: () => void;
}) {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const [candidates, setCandidates] = useState<AttendanceCandidate[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [issues, setIssues] = useState<readonly ImportIssue[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [sentId, setSentId] = useState<string | null>(null);
  const [now] = useState(() => new Date().toISOString());

  const waiting = useMemo(() => {
    const ids = new Set<string>();
    for (const doc of outbox) {
      if (doc.kind !== 'attendance' || doc.projectId !== project.id || doc.state !== 'waiting')
        continue;
      for (const staffId of Object.keys(doc.names ?? {})) ids.add(staffId);
    }
    return ids;
  }, [outbox, project.id]);
  const preview = useMemo(
    () => previewAttendance(snapshot, project, candidates, waiting, now),
    [snapshot, project, candidates, waiting, now],
  );
  const accepted = preview.filter((row) => row.check.kind === 'accepted');
  const activeStaff = useMemo(
    () =>
      snapshot.staff
        .filter((person) => !person.deleted && person.status === 'active')
        .map((person) => ({
          value: person.id,
          label: `${person.name}（${departmentOf(person)}）`,
        })),
    [snapshot.staff],
  );
  const sent = outbox.find((doc) => doc.id === sentId);

  function addChosen() {
    const added = chosen.flatMap((staffId) => {
      const person = snapshot.staffById.get(staffId);
      return person === undefined ? [] : [{ staffId, name: person.name }];
    });
    setCandidates((before) => [...before, ...added]);
    setChosen([]);
  }

  async function importList() {
    setRefusal(null);
    const picked = await pickListFile();
    if (!picked.ok) {
      setRefusal(picked.error.message);
      return;
    }
    if (!picked.value.picked) return;
    setBusy(true);
    try {
      const result = await importInWorker(picked.value.data, 'attendance');
      if (!result.ok) setRefusal(result.error.message);
      else if (result.value.kind === 'attendance') {
        const { rows, report } = result.value.preview;
        setCandidates((before) => [
          ...before,
          ...rows.map(({ row, value }) => ({ ...value, row })),
        ]);
        setIssues(report);
      }
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    setBusy(true);
    try {
      const entries = accepted.flatMap((row) =>
        row.staffId === undefined
          ? []
          : [{ staffId: row.staffId, name: row.name, hours: row.hours }],
      );
      const kept = await session.projects.fileAttendance(project, entries);
      if (!kept.ok) {
        void message.error(kept.error.message);
        return;
      }
      setSentId(kept.value);
      setCandidates([]);
      setIssues([]);
      const answered = session.hasToken() ? await session.projects.sendNow() : undefined;
      if (answered?.ok === true) {
        // The claims the platform made come in with the records, for review like any other.
        void session.pull.run();
      } else {
        void message.warning('暂未连上省平台：学时报送已保存为“待提交”，联网同步时送达。');
      }
    } finally {
      setBusy(false);
    }
  }

  const columns: ColumnsType<AttendancePreviewRow> = [
    { title: '行', key: 'row', width: 52, render: (_, r) => r.row ?? '—' },
    { title: '姓名', dataIndex: 'name', width: 96 },
    { title: '部门', dataIndex: 'department', width: 120, ellipsis: true },
    { title: '学时', dataIndex: 'hours', width: 64 },
    {
      title: '检查结果',
      key: 'check',
      render: (_, r) =>
        r.check.kind === 'refused' ? (
          <Space size={4} wrap>
            <Tag color="red">不予报送</Tag>
            {r.check.reason}
          </Space>
        ) : (
          <Space size={4} wrap>
            <Tag color={suggestionColors[r.check.suggestion]}>
              {suggestionLabels[r.check.suggestion]}
            </Tag>
            {r.check.findings.map((finding) => (
              <Typography.Text key={finding.code} type="secondary">
                {finding.message}
              </Typography.Text>
            ))}
          </Space>
        ),
    },
  ];

  return (
    <Drawer open size={960} title={`报送学时：${project.title}`} onClose={onClose}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {project.startDate} 至 {project.endDate}，项目学时 {project.hours}，备案日期{' '}
          {project.filedDate}。每人学时不超过项目学时；不填学时的按项目学时计。
        </Typography.Text>
        <Space wrap>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            aria-label="从人员名录选择"
            placeholder="从人员名录选择参训人员"
            style={{ width: 420 }}
            value={chosen}
            onChange={setChosen}
            options={activeStaff}
          />
          <Button onClick={addChosen} disabled={chosen.length === 0}>
            加入名单
          </Button>
          <Button onClick={() => void importList()} loading={isBusy && candidates.length === 0}>
            导入签到表…
          </Button>
          <Button onClick={() => setCandidates([])} disabled={candidates.length === 0}>
            清空名单
          </Button>
        </Space>
        {refusal !== null && <Alert type="error" showIcon title={refusal} />}
        {issues.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={`签到表中有 ${issues.length} 处问题，这些行不予报送`}
            description={issues.map((issue) => (
              <div key={`${issue.row}-${issue.field}`}>
                第 {issue.row} 行 {issue.field}：{issue.message}
              </div>
            ))}
          />
        )}
        {candidates.length > 0 && (
          <>
            <Table<AttendancePreviewRow>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={preview}
              pagination={false}
              scroll={{ y: 300 }}
              aria-label="报送预览"
            />
            <Space>
              <Button
                type="primary"
                disabled={accepted.length === 0}
                loading={isBusy}
                onClick={() => void submit()}
              >
                提交（{accepted.length} 人）
              </Button>
              <Typography.Text type="secondary">
                {preview.length - accepted.length} 人不予报送；提交之前不会发送任何数据。
              </Typography.Text>
            </Space>
          </>
        )}
        {sent !== undefined && <AttendanceResults doc={sent} />}
      </Space>
    </Drawer>
  );
}
