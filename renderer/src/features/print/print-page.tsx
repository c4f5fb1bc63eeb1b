import { App, Button, Card, Checkbox, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { chinaToday } from '#shared/about/calendar-coverage.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { api } from '../../host/api.ts';
import { statYears } from '../../ui/stat-years.ts';
import { certificateOf } from './certificate.ts';
import { CertificateSheet } from './certificate-sheet.tsx';
import { SummarySheet } from './summary-sheet.tsx';
import { yearSummaryOf } from './year-summary.ts';
import './print.css';

type Kind = 'certificate' | 'summary';
type Mode = 'printer' | 'pdf';

const kindLabels: Record<Kind, string> = {
  certificate: '年度学时证明',
  summary: '年度完成情况表',
};
const previewRows = 40;

/**
 * 打印: a person's 年度学时证明 or the unit's 年度完成情况表, previewed on the page and printed
 * (or saved as PDF) through the host. The full summary is laid out only while it prints: a unit
 * of 20,000 would otherwise keep 200,000 hidden cells on the page.
 */
export function PrintPage() {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const unit = session.vault.profile.unit;
  const currentYear = new Date().getFullYear();
  const years = useMemo(
    () => statYears(snapshot.staff, snapshot.claims, currentYear),
    [snapshot.staff, snapshot.claims, currentYear],
  );
  const [kind, setKind] = useState<Kind>('certificate');
  const [year, setYear] = useState(currentYear);
  const [personId, setPersonId] = useState<string | undefined>();
  const [isFullIdNumber, setFullIdNumber] = useState(false);
  const [printing, setPrinting] = useState<Mode | null>(null);
  const issued = chinaToday(new Date());

  const people = useMemo(
    () =>
      snapshot.staff
        .filter((person) => !person.deleted && person.status !== 'pending_registration')
        .map((person) => ({
          value: person.id,
          label: `${person.name}${person.department === undefined ? '' : `（${person.department}）`}`,
        })),
    [snapshot.staff],
  );
  const person = personId === undefined ? undefined : snapshot.staffById.get(personId);
  const certificate = useMemo(
    () =>
      person === undefined
        ? null
        : certificateOf({
            unit,
            rulebook: snapshot.rulebook,
            year,
            person,
            claims: snapshot.claimsByStaff.get(person.id) ?? [],
            isFullIdNumber,
          }),
    [unit, snapshot, year, person, isFullIdNumber],
  );
  const summary = useMemo(
    () =>
      kind !== 'summary'
        ? null
        : yearSummaryOf({
            unit,
            rulebook: snapshot.rulebook,
            year,
            staff: snapshot.staff,
            claims: snapshot.claims,
            evaluations: [...snapshot.evaluations.values()],
            isFullIdNumber,
          }),
    [kind, unit, snapshot, year, isFullIdNumber],
  );

  const fileName =
    kind === 'certificate'
      ? `${year}年度学时证明-${person?.name ?? ''}.pdf`
      : `${year}年度继续教育完成情况表-${unit.name}.pdf`;

  useEffect(() => {
    if (printing === null) return;
    // Runs once the print document is on the page.
    void api.print({ mode: printing, suggestedName: fileName }).then((printed) => {
      setPrinting(null);
      if (!printed.ok) message.error(printed.error.message);
      else if (printed.value.fileName !== undefined) {
        message.success(`已保存为 ${printed.value.fileName}`);
      }
    });
  }, [printing, fileName, message]);

  const isReady = kind === 'summary' || certificate !== null;
  const document =
    kind === 'certificate' ? (
      certificate !== null && <CertificateSheet certificate={certificate} issued={issued} />
    ) : summary !== null ? (
      <SummarySheet summary={summary} issued={issued} isFullIdNumber={isFullIdNumber} />
    ) : null;
  const isDocumentMounted = kind === 'certificate' || printing !== null;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 12 }}>
      <Card size="small">
        <Space wrap>
          <Radio.Group
            optionType="button"
            value={kind}
            onChange={(event) => setKind(event.target.value as Kind)}
            options={(Object.keys(kindLabels) as Kind[]).map((value) => ({
              value,
              label: kindLabels[value],
            }))}
          />
          <Select
            aria-label="打印年度"
            value={year}
            style={{ width: 110 }}
            onChange={(value: number) => setYear(value)}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
          />
          {kind === 'certificate' && (
            <Select
              aria-label="打印人员"
              placeholder="输入姓名查找人员"
              style={{ width: 260 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={personId ?? null}
              onChange={(value: string) => setPersonId(value)}
              options={people}
            />
          )}
          <Checkbox checked={isFullIdNumber} onChange={(e) => setFullIdNumber(e.target.checked)}>
            显示完整身份证号
          </Checkbox>
          <Button
            type="primary"
            disabled={!isReady || printing !== null}
            onClick={() => setPrinting('printer')}
          >
            打印…
          </Button>
          <Button disabled={!isReady || printing !== null} onClick={() => setPrinting('pdf')}>
            导出 PDF…
          </Button>
        </Space>
      </Card>
      <div style={{ flex: 1, overflow: 'auto', background: '#f0f2f5', padding: 16 }}>
        {kind === 'certificate' && certificate === null ? (
          <Typography.Text type="secondary">请选择要出具学时证明的人员。</Typography.Text>
        ) : (
          <div
            className={`print-preview${kind === 'summary' ? ' print-preview-landscape' : ''}`}
            aria-label={`${kindLabels[kind]}预览`}
          >
            {kind === 'certificate'
              ? document
              : summary !== null && (
                  <SummarySheet
                    summary={summary}
                    issued={issued}
                    isFullIdNumber={isFullIdNumber}
                    rowLimit={previewRows}
                  />
                )}
          </div>
        )}
      </div>
      {isDocumentMounted &&
        createPortal(
          <div className={`print-document${kind === 'summary' ? ' print-summary' : ''}`}>
            {document}
          </div>,
          window.document.body,
        )}
    </div>
  );
}
