import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Progress,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { exportFileName, sheetTitles, type SheetKind } from '#shared/sheets/file-name.ts';
import { validateFiling, type ManagerTemplate } from '#shared/sheets/managers.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { statYears } from '../../ui/stat-years.ts';
import { api } from '../../host/api.ts';
import { saveSheet } from '../../ui/save-sheet.ts';
import { decisionLogRows } from './decision-log.ts';
import { exportSheet } from './export-client.ts';
import type { ExportRequest } from './export-protocol.ts';
import { toManagersFiling } from './managers-model.ts';
import { readDecisionRecord } from '../../data/review/decision-queries.ts';
import { useFiling, useManagers } from './use-managers.ts';
import { rosterPeople } from './roster-people.ts';

interface Running {
  readonly kind: SheetKind;
  readonly percent: number;
}

function SheetCard(props: { title: string; note: string; badge?: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" title={props.title} extra={props.badge} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {props.note}
      </Typography.Paragraph>
      {props.children}
    </Card>
  );
}

/** One click per sheet of the unit's filings: built locally, saved where the reviewer chooses. */
export function ExportPanel() {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const unit = session.vault.profile.unit;
  const managers = useManagers(session.db);
  const filing = useFiling(session.db, unit);
  const currentYear = new Date().getFullYear();
  const years = useMemo(
    () => statYears(snapshot.staff, snapshot.claims, currentYear),
    [snapshot, currentYear],
  );
  const [year, setYear] = useState(currentYear);
  const [isFullId, setFullId] = useState(false);
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>([
    dayjs().startOf('year'),
    dayjs().endOf('day'),
  ]);
  const [running, setRunning] = useState<Running | null>(null);
  const localTemplate: ManagerTemplate = unit.rulebook === 'fujian-2023' ? 'fujian' : 'shandong';

  async function run(kind: SheetKind, fileName: string, request: () => Promise<ExportRequest>) {
    setRunning({ kind, percent: 0 });
    try {
      const bytes = await exportSheet(await request(), (fraction) =>
        setRunning({ kind, percent: Math.round(fraction * 100) }),
      );
      const saved = await saveSheet(api, fileName, bytes);
      if (!saved.ok) void message.error(saved.error.message);
      else if (saved.value.saved)
        void message.success(`已保存：${saved.value.fileName ?? fileName}`);
    } catch (failure) {
      void message.error(
        `生成表格时出错，未保存：${String(failure)}。请重试；如仍失败请联系技术支持。`,
      );
    } finally {
      setRunning(null);
    }
  }

  function exportButton(kind: SheetKind, label: string, onClick: () => void, disabled = false) {
    const isMine = running?.kind === kind;
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button
          type="primary"
          disabled={disabled || (running !== null && !isMine)}
          loading={isMine}
          onClick={onClick}
        >
          {label}
        </Button>
        {isMine && <Progress percent={running.percent} size="small" aria-label={`${label}进度`} />}
      </Space>
    );
  }

  function managersSheet(template: ManagerTemplate) {
    const kind: SheetKind = template === 'fujian' ? 'fujianManagers' : 'shandongManagers';
    const full =
      filing === undefined || managers === undefined
        ? undefined
        : toManagersFiling(unit, filing, managers);
    const problems = full === undefined ? [] : validateFiling(full, template);
    return (
      <SheetCard
        title={sheetTitles[kind]}
        note={
          template === 'fujian'
            ? '闽人社办〔2023〕70号 附件3：备案单位、牵头处室、所属行业、所属地区及管理员名单。'
            : '附件2：各单位（部门）的 1–2 名平台管理人员及座机号。'
        }
        badge={template === localTemplate ? <Tag color="blue">本单位适用</Tag> : undefined}
      >
        {problems.length > 0 && (
          <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
            {problems.length > 2
              ? `${problems
                  .slice(0, 2)
                  .map((p) => p.message)
                  .join('；')} 等 ${problems.length} 处，请在“管理人员”中补全。`
              : `${problems.map((p) => p.message).join('；')}，请在“管理人员”中补全。`}
          </Typography.Paragraph>
        )}
        {exportButton(
          kind,
          `导出${template === 'fujian' ? '备案表' : '信息表'}`,
          () => {
            if (full === undefined) return;
            const now = new Date();
            void run(kind, exportFileName(kind, unit.name, now), () =>
              Promise.resolve({ sheet: 'managers', template, filing: full }),
            );
          },
          full === undefined || problems.length > 0,
        )}
      </SheetCard>
    );
  }

  return (
    <Row gutter={[16, 16]}>
      <Col span={12}>
        <SheetCard
          title={sheetTitles.roster}
          note="每名在职人员一行：公需、专业、合计、是否达标及差额；另附未达标人员表。"
        >
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label="完成情况表年度"
              value={year}
              style={{ width: 110 }}
              onChange={(value: number) => setYear(value)}
              options={years.map((y) => ({ value: y, label: `${y}年` }))}
            />
            <Checkbox checked={isFullId} onChange={(e) => setFullId(e.target.checked)}>
              显示完整身份证号
            </Checkbox>
          </Space>
          {exportButton('roster', '导出完成情况表', () => {
            const now = new Date();
            void run('roster', exportFileName('roster', unit.name, now, year), () =>
              Promise.resolve({
                sheet: 'roster',
                input: {
                  unit,
                  year,
                  now,
                  isFullIdNumber: isFullId,
                  people: rosterPeople(snapshot.rulebook, year, snapshot.staff, snapshot.claims, [
                    ...snapshot.evaluations.values(),
                  ]),
                },
              }),
            );
          })}
        </SheetCard>
      </Col>
      <Col span={12}>
        <SheetCard
          title={sheetTitles.decisions}
          note="所选期间本机做出的每一条审核：时间、审核人、申报人、事项、结果、原因和同步情况。"
        >
          <Space wrap style={{ marginBottom: 12 }}>
            <DatePicker.RangePicker
              aria-label="审核记录期间"
              allowClear={false}
              value={period}
              onChange={(value) => {
                const [from, to] = value ?? [];
                if (from != null && to != null) setPeriod([from, to]);
              }}
            />
          </Space>
          {exportButton('decisions', '导出审核记录', () => {
            const now = new Date();
            const range = {
              from: period[0].format('YYYY-MM-DD'),
              to: period[1].format('YYYY-MM-DD'),
            };
            void run('decisions', exportFileName('decisions', unit.name, now), async () => {
              const { decisions, audit } = await readDecisionRecord(session.db);
              return {
                sheet: 'decisions',
                input: {
                  unit,
                  period: range,
                  now,
                  rows: decisionLogRows(decisions, audit, range),
                },
              };
            });
          })}
        </SheetCard>
      </Col>
      <Col span={12}>{managersSheet('shandong')}</Col>
      <Col span={12}>{managersSheet('fujian')}</Col>
    </Row>
  );
}
