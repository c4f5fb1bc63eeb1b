import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawCertificate } from '../provincial-api/seed/certificate-layouts.ts';
import { textPdf } from '../provincial-api/seed/pdf-writer.ts';
import { createRandom } from '../provincial-api/seed/random.ts';
import { scanFile } from '../provincial-api/seed/scan.ts';
import {
  certificateClaim,
  certificateFacts,
  certificateStaff,
} from '../tests/integration/evidence-fixtures.ts';

const staff = certificateStaff;
const claim = certificateClaim;
const facts = {
  ...certificateFacts,
  name: '王芳',
  idNumber: '370102199002020023',
  title: claim.title,
  hours: 24,
};

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ce-evidence-'));
  await writeFile(path('claim.json'), JSON.stringify(claim));
  await writeFile(path('staff.json'), JSON.stringify(staff));
  await writeFile(path('other.pdf'), textPdf(drawCertificate('hours_table', facts)));
  const scan = drawCertificate('card', { ...facts, name: staff.name, hours: 8 });
  await writeFile(path('short.jpg'), scanFile(scan, createRandom(5), 'jpeg'));
  await writeFile(path('notes.txt'), '不是证明材料');
});

/** `npm run --silent ce -- evidence-check …` as other tools call it, optionally with the network cut. */
async function ce(args: readonly string[], offline = false) {
  const command = ['npm', 'run', '--silent', 'ce', '--', 'evidence-check', ...args];
  const [file, ...rest] = offline ? ['unshare', '-n', ...command] : command;
  return promisify(execFile)(file ?? 'npm', rest, { cwd: join(import.meta.dirname, '..') }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => error as { code: number; stdout: string; stderr: string },
  );
}

const citation =
  '济宁市人社局2020年度继续教育通知 四（四）1；山东第二医科大学2025年继续教育通知 三';

describe('ce evidence-check', () => {
  it('prints the text, the fields and a name mismatch for a text-layer PDF naming someone else', async () => {
    const result = await ce([
      '--claim',
      path('claim.json'),
      '--staff',
      path('staff.json'),
      path('other.pdf'),
      '--json',
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(printed).toEqual({
      text: [
        '继续教育学时证明',
        '姓名 王芳',
        '身份证号 370102199002020023',
        '项目名称 医院感染防控专题研修班',
        '学习时间 2025年6月12日 至 2025年6月14日',
        '学时 24 学时',
        '主办单位 山东省卫生健康委员会',
        '证明编号 JX2025100200',
        '出具日期:2025年6月20日',
      ].join('\n'),
      fields: {
        name: '王芳',
        idNumber: '370102199002020023',
        hours: 24,
        startDate: '2025-06-12',
        endDate: '2025-06-14',
        organizer: '山东省卫生健康委员会',
        certificateNo: 'JX2025100200',
      },
      findings: [
        {
          code: 'EVIDENCE_NAME_MISMATCH',
          severity: 'warning',
          message:
            '证明材料上的姓名是“王芳”，申报人是“刘涛”。请核对材料是否为本人所有，不是本人的材料不能认定学时。',
          citation,
        },
      ],
    });
  }, 120_000);

  it('reads a scan by OCR with the network cut and finds the hours short', async () => {
    const result = await ce(
      ['--claim', path('claim.json'), '--staff', path('staff.json'), path('short.jpg'), '--json'],
      true,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const printed = JSON.parse(result.stdout) as { fields: unknown; findings: { code: string }[] };
    expect(printed.fields).toEqual({
      name: '刘涛',
      idNumber: null,
      hours: 8,
      startDate: '2025-06-12',
      endDate: '2025-06-14',
      organizer: '山东省卫生健康委员会',
      certificateNo: 'JX2025100200',
    });
    expect(printed.findings.map((f) => f.code)).toEqual(['EVIDENCE_HOURS_MISMATCH']);
  }, 600_000);

  it('exits 2 with nothing on stdout for a file that is not a PDF, JPEG or PNG', async () => {
    const result = await ce([
      '--claim',
      path('claim.json'),
      '--staff',
      path('staff.json'),
      path('notes.txt'),
      '--json',
    ]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('不是 PDF、JPEG 或 PNG');
  }, 120_000);

  it('exits 2 when the claim file breaks the contract or the options are missing', async () => {
    const broken = await ce([
      '--claim',
      path('staff.json'),
      '--staff',
      path('staff.json'),
      path('other.pdf'),
      '--json',
    ]);
    expect(broken).toMatchObject({ code: 2, stdout: '' });
    expect(broken.stderr).toContain('接口数据不符合规范');
    const missing = await ce([path('other.pdf'), '--json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('用法：ce evidence-check');
  }, 120_000);
});
