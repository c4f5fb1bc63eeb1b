import type { Box, EvidenceFields, EvidenceFinding } from '#shared/evidence/index.ts';
import type { EvidenceResult } from '../../evidence-check/read-evidence.ts';
import './evidence-highlights.css';

/** One word the check found, where it stands on its page, and whether a finding is about it. */
export interface Highlight {
  readonly label: string;
  readonly value: string;
  readonly box: Box;
  readonly isProblem: boolean;
}

const fieldLabels = {
  name: '姓名',
  idNumber: '身份证号',
  hours: '学时',
  startDate: '开始日期',
  endDate: '结束日期',
  organizer: '主办单位',
  certificateNo: '证书编号',
} as const satisfies Partial<Record<keyof EvidenceFields, string>>;

type Field = keyof typeof fieldLabels;

/** Which words each finding is about: those are marked in red, the rest in yellow. */
const fieldsOfFinding: Partial<Record<EvidenceFinding['code'], readonly Field[]>> = {
  // Also raised when the 身份证号 printed is another person's.
  EVIDENCE_NAME_MISMATCH: ['name', 'idNumber'],
  EVIDENCE_HOURS_MISMATCH: ['hours'],
  EVIDENCE_DATE_MISMATCH: ['startDate', 'endDate'],
};

const problemFields = (findings: readonly EvidenceFinding[]): ReadonlySet<Field> =>
  new Set(findings.flatMap((finding) => fieldsOfFinding[finding.code] ?? []));

/** The found fields of one file's check, box by box. */
export function highlightsOf(result: EvidenceResult | undefined): Highlight[] {
  if (result === undefined) return [];
  const problems = problemFields(result.findings);
  return (Object.keys(fieldLabels) as Field[]).flatMap((field) => {
    const found = result.fields[field];
    if (found === null) return [];
    return found.boxes.map((box) => ({
      label: fieldLabels[field],
      value: String(found.value),
      box,
      isProblem: problems.has(field),
    }));
  });
}

/**
 * The marks over one page, placed in shares of the page's own size (points for a PDF, pixels for
 * an image), so they stay on their words at any zoom.
 */
export function HighlightMarks({
  highlights,
  page,
  width,
  height,
}: {
  readonly highlights: readonly Highlight[];
  readonly page: number;
  readonly width: number;
  readonly height: number;
}) {
  return highlights
    .filter((h) => h.box.page === page && width > 0 && height > 0)
    .map((h, index) => (
      <mark
        key={`${h.label}-${String(index)}`}
        className={h.isProblem ? 'evidence-mark evidence-mark-problem' : 'evidence-mark'}
        title={`${h.label}：${h.value}`}
        style={{
          left: `${String((100 * h.box.x) / width)}%`,
          top: `${String((100 * h.box.y) / height)}%`,
          width: `${String((100 * h.box.width) / width)}%`,
          height: `${String((100 * h.box.height) / height)}%`,
        }}
      />
    ));
}
