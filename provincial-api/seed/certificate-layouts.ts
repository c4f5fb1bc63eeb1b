/**
 * What a seeded certificate says and how it is laid out, drawn once as a description that the
 * PDF writer and the scanner both render: the same certificate can then be a text PDF, a scan,
 * or a rescan. Four layouts, so the detector meets more than one; it is also tested on layouts
 * of its own (shared/evidence/extract.test.ts), never tuned to these.
 */

export interface CertificateFacts {
  readonly name: string;
  readonly idNumber: string;
  readonly title: string;
  readonly organizer: string;
  /** A period, or one day (an exam, an award) when start and end are equal. */
  readonly startDate: string;
  readonly endDate: string;
  /** Hours printed; undefined for certificates that state none (exams, awards, papers). */
  readonly hours: number | undefined;
  readonly certificateNo: string;
  readonly issueDate: string;
}

export interface DrawnText {
  readonly text: string;
  /** Left edge, or centre when `isCentred`; baseline; in points from the top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly isCentred?: boolean;
  readonly colour?: 'ink' | 'red';
}

export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly DrawnText[];
  readonly frames: readonly { x: number; y: number; width: number; height: number; line: number }[];
  /** The issuer's red seal, a ring with its name. */
  readonly seal: { x: number; y: number; radius: number };
}

export const layoutNames = ['completion', 'hours_table', 'card', 'letter'] as const;
export type LayoutName = (typeof layoutNames)[number];

const [landscapeWidth, landscapeHeight] = [842, 595];
const [portraitWidth, portraitHeight] = [595, 842];

function parts(iso: string) {
  return {
    y: iso.slice(0, 4),
    m: String(Number(iso.slice(5, 7))),
    d: String(Number(iso.slice(8, 10))),
  };
}
const chineseDate = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${y}年${m}月${d}日`;
};
const dottedDate = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${y}.${m}.${d}`;
};

function period(f: CertificateFacts, format: (iso: string) => string, joiner: string): string {
  return f.startDate === f.endDate
    ? format(f.startDate)
    : `${format(f.startDate)}${joiner}${format(f.endDate)}`;
}

/** 结业证书: a sentence naming the holder, the course, the period and the hours. */
function completion(f: CertificateFacts): Drawing {
  const hours = f.hours === undefined ? '成绩合格' : `共计 ${String(f.hours)} 学时，考核合格`;
  return {
    width: landscapeWidth,
    height: landscapeHeight,
    texts: [
      {
        text: f.hours === undefined ? '证  书' : '结业证书',
        x: 421,
        y: 110,
        size: 40,
        isCentred: true,
      },
      { text: `${f.name} 同志（身份证号：${f.idNumber}）：`, x: 90, y: 190, size: 18 },
      {
        text: `于${period(f, chineseDate, '至')}参加${f.organizer}组织的`,
        x: 120,
        y: 235,
        size: 18,
      },
      { text: `“${f.title}”，${hours}，特发此证。`, x: 90, y: 280, size: 18 },
      { text: `证书编号：${f.certificateNo}`, x: 90, y: 500, size: 14 },
      { text: f.organizer, x: 640, y: 470, size: 16, isCentred: true },
      { text: chineseDate(f.issueDate), x: 640, y: 500, size: 16, isCentred: true },
    ],
    frames: [
      { x: 24, y: 24, width: 794, height: 547, line: 6 },
      { x: 36, y: 36, width: 770, height: 523, line: 1.5 },
    ],
    seal: { x: 640, y: 460, radius: 52 },
  };
}

/** 继续教育学时证明: a ruled table of labels and values. */
function hoursTable(f: CertificateFacts): Drawing {
  const rows: [string, string][] = [
    ['姓名', f.name],
    ['身份证号', f.idNumber],
    ['项目名称', f.title],
    ['学习时间', period(f, chineseDate, ' 至 ')],
    ...(f.hours === undefined ? [] : ([['学时', `${String(f.hours)} 学时`]] as [string, string][])),
    ['主办单位', f.organizer],
    ['证明编号', f.certificateNo],
  ];
  const top = 170;
  const height = 46;
  return {
    width: portraitWidth,
    height: portraitHeight,
    texts: [
      { text: '继续教育学时证明', x: 297, y: 110, size: 30, isCentred: true },
      ...rows.flatMap(([label, value], i): DrawnText[] => [
        { text: label, x: 80, y: top + i * height + 30, size: 15 },
        { text: value, x: 200, y: top + i * height + 30, size: 15 },
      ]),
      {
        text: `出具日期：${chineseDate(f.issueDate)}`,
        x: 330,
        y: top + rows.length * height + 70,
        size: 14,
      },
    ],
    frames: [
      ...rows.map((_, i) => ({ x: 60, y: top + i * height, width: 475, height, line: 1 })),
      { x: 180, y: top, width: 0.5, height: rows.length * height, line: 1 },
    ],
    seal: { x: 430, y: top + rows.length * height + 60, radius: 48 },
  };
}

/** 培训合格证: a card of short labelled lines, dotted dates. */
function card(f: CertificateFacts): Drawing {
  const lines = [
    `学员：${f.name}`,
    `课程：${f.title}`,
    `时间：${period(f, dottedDate, '—')}`,
    ...(f.hours === undefined ? [] : [`学时：${String(f.hours)}`]),
    `发证机构：${f.organizer}`,
    `No.${f.certificateNo}`,
  ];
  return {
    width: landscapeWidth,
    height: landscapeHeight,
    texts: [
      { text: '培 训 合 格 证', x: 421, y: 100, size: 34, isCentred: true },
      ...lines.map((text, i): DrawnText => ({ text, x: 110, y: 180 + i * 48, size: 20 })),
      { text: dottedDate(f.issueDate), x: 700, y: 530, size: 14, isCentred: true },
    ],
    frames: [{ x: 30, y: 30, width: 782, height: 535, line: 3 }],
    seal: { x: 690, y: 470, radius: 50 },
  };
}

/** 证明: a letter in running text, the holder named after 兹证明. */
function letter(f: CertificateFacts): Drawing {
  const hours = f.hours === undefined ? '' : `，计 ${String(f.hours)} 学时`;
  return {
    width: portraitWidth,
    height: portraitHeight,
    texts: [
      { text: '证    明', x: 297, y: 120, size: 30, isCentred: true },
      { text: `兹证明 ${f.name}（身份证号 ${f.idNumber}）`, x: 90, y: 200, size: 15 },
      { text: `于 ${period(f, chineseDate, ' 至 ')}`, x: 60, y: 236, size: 15 },
      { text: `参加“${f.title}”${hours}。`, x: 60, y: 272, size: 15 },
      { text: '特此证明。', x: 90, y: 308, size: 15 },
      { text: `编号：${f.certificateNo}`, x: 60, y: 380, size: 12 },
      { text: f.organizer, x: 400, y: 460, size: 15, isCentred: true },
      { text: chineseDate(f.issueDate), x: 400, y: 490, size: 15, isCentred: true },
    ],
    frames: [],
    seal: { x: 400, y: 455, radius: 50 },
  };
}

export function drawCertificate(layout: LayoutName, facts: CertificateFacts): Drawing {
  switch (layout) {
    case 'completion':
      return completion(facts);
    case 'hours_table':
      return hoursTable(facts);
    case 'card':
      return card(facts);
    case 'letter':
      return letter(facts);
  }
}

/** 派出证明: the unit's letter sending the claimant, a second attachment that agrees with the claim. */
export function drawDispatch(facts: CertificateFacts): Drawing {
  return {
    width: portraitWidth,
    height: portraitHeight,
    texts: [
      { text: '派 出 证 明', x: 297, y: 120, size: 28, isCentred: true },
      {
        text: `兹派我单位 ${facts.name} 同志于 ${period(facts, chineseDate, ' 至 ')}`,
        x: 60,
        y: 200,
        size: 15,
      },
      { text: `参加“${facts.title}”。`, x: 60, y: 236, size: 15 },
      { text: '特此证明。', x: 90, y: 272, size: 15 },
      { text: '单位人事部门', x: 400, y: 420, size: 15, isCentred: true },
    ],
    frames: [],
    seal: { x: 400, y: 410, radius: 46 },
  };
}

/** 培训通知: a course notice naming no one, shared by the claims of one course beyond a unit's certificates. */
export function drawNotice(title: string, organizer: string): Drawing {
  return {
    width: portraitWidth,
    height: portraitHeight,
    texts: [
      { text: '培 训 通 知', x: 297, y: 120, size: 28, isCentred: true },
      { text: `经研究，决定举办“${title}”，`, x: 60, y: 200, size: 15 },
      { text: '请各单位按通知要求组织人员参加。', x: 60, y: 236, size: 15 },
      { text: organizer, x: 400, y: 420, size: 15, isCentred: true },
    ],
    frames: [],
    seal: { x: 400, y: 410, radius: 46 },
  };
}
