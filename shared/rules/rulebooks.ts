import { rulebookIds, type RulebookId } from '../contract/index.ts';
import { rulebookLabels } from './labels.ts';
import {
  asClaimedDeclared,
  asClaimedTo,
  asRecorded,
  assignmentStandard,
  byAuthorRank,
  byCompetitionLevel,
  byLanguageGrade,
  fixed,
  fixedTo,
  longAbsenceStandard,
  perUnit,
  requiring,
} from './standards.ts';
import type { CapGroup, CategoryRule, Citation, Rulebook } from './types.ts';

/** The five rulebooks as ../shared/domain/rules.md reads the notices; clauses as the notices number them. */
// Over 250 lines: the five rulebooks side by side are one table a reader compares row by row;
// split by province, a difference between two notices would sit in two files.

export const documents = {
  shandong: '鲁人社字〔2021〕167号',
  jining: '济宁市人社局2020年度继续教育通知',
  sdsmu: '山东第二医科大学2025年继续教育通知',
  fujian: '闽人社办〔2023〕70号',
  weihai: '威人社字〔2022〕2号',
} as const;

const cite = (document: string, clause: string): Citation => ({ document, clause });
const sd = (clause: string): Citation => cite(documents.shandong, clause);
const wh = (clause: string): Citation => cite(documents.weihai, clause);
const jn = (clause: string): Citation => cite(documents.jining, clause);
const sm = (clause: string): Citation => cite(documents.sdsmu, clause);
const fj = (clause: string): Citation => cite(documents.fujian, clause);

const capGroup = (
  id: CapGroup['id'],
  label: string,
  limit: CapGroup['limit'],
  citation: Citation,
): CapGroup => ({ id, label, limit, citation });

// 二（一）: 凭相关有效证明认定学时; the 2016 forms (training, online study) keep ≤ 8 h a day.
const trainingDailyCap = sd('二（一）1');

const shandongRules: Rulebook['rules'] = {
  online_course: { citation: sd('二（一）'), standard: asRecorded },
  training: {
    citation: sd('二（一）'),
    standard: requiring('startDate', requiring('endDate', asClaimedDeclared)),
    dailyCap: trainingDailyCap,
  },
  expert_service: {
    citation: sd('二（一）1'),
    standard: requiring('startDate', requiring('endDate', asClaimedTo('professional'))),
    dailyCap: sd('二（一）1'),
  },
  assignment: {
    citation: sd('二（一）2'),
    standard: assignmentStandard,
    // 每年可按公需30、专业60认定: two postings in one year still share one year's hours.
    capGroup: capGroup('assignment', '援派', { public: 30, professional: 60 }, sd('二（一）2')),
  },
  qualification_exam: {
    citation: sd('二（一）3'),
    standard: requiring('certificateNo', fixedTo('professional', 16)),
  },
  long_absence: { citation: sd('二（一）5'), standard: longAbsenceStandard },
};

const weihaiOutcome = capGroup(
  'outcome',
  '成果著作类',
  { public: 0, professional: 30 },
  wh('二（二）4'),
);

const weihaiRules: Rulebook['rules'] = {
  ...shandongRules,
  title_language_exam: { citation: wh('二（一）2'), standard: byLanguageGrade },
  computer_exam: {
    citation: wh('二（一）3'),
    standard: perUnit('public', 5, 'modules'),
    capGroup: capGroup(
      'computer',
      '计算机应用能力考试',
      { public: 30, professional: 0 },
      wh('二（一）3'),
    ),
  },
  training: {
    citation: wh('二（二）1（1）'),
    standard: requiring('startDate', requiring('endDate', asClaimedTo('professional'))),
    dailyCap: wh('二（二）1（1）'),
  },
  competition: { citation: wh('二（二）1（3）'), standard: byCompetitionLevel },
  self_study_exam: {
    citation: wh('二（二）3（1）'),
    standard: perUnit('professional', 10, 'courses'),
    capGroup: capGroup(
      'self_study',
      '自学考试',
      { public: 0, professional: 40 },
      wh('二（二）3（1）'),
    ),
  },
  degree_program: {
    citation: wh('二（二）3（2）'),
    standard: fixedTo('professional', 40),
    // 每年可认定 40 学时: a second claim for the same year finds the year already counted.
    capGroup: capGroup(
      'degree_program',
      '在职学历（学位）教育',
      { public: 0, professional: 40 },
      wh('二（二）3（2）'),
    ),
  },
  outcome: {
    citation: wh('二（二）4'),
    standard: requiring('outcomeKind', fixedTo('professional', 10)),
    capGroup: weihaiOutcome,
    neverTwice: wh('二（二）4'),
  },
};

const jiningRules: Rulebook['rules'] = {
  ...shandongRules,
  competition: { citation: jn('三（三）'), standard: byCompetitionLevel },
  training: {
    citation: sd('二（一）'),
    standard: requiring('startDate', requiring('endDate', asClaimedDeclared)),
    dailyCap: trainingDailyCap,
    filing: jn('五'),
  },
};

const sdsmuSelfStudy = capGroup(
  'self_study',
  '自学类',
  { public: 0, professional: 40 },
  sm('三 自学类'),
);

const sdsmuRules: Rulebook['rules'] = {
  ...shandongRules,
  training: {
    citation: sm('三 培训进修类'),
    standard: requiring('startDate', requiring('endDate', asClaimedDeclared)),
    dailyCap: sm('三 培训进修类'),
  },
  self_study_exam: {
    citation: sm('三 自学类'),
    standard: asClaimedTo('professional'),
    capGroup: sdsmuSelfStudy,
  },
  degree_program: {
    citation: sm('三 自学类'),
    standard: asClaimedTo('professional'),
    capGroup: sdsmuSelfStudy,
  },
  outcome: {
    citation: sm('三 科研成果、论文著作'),
    standard: requiring('outcomeKind', fixedTo('professional', 10)),
    capGroup: capGroup(
      'outcome',
      '科研成果、论文著作',
      { public: 0, professional: 30 },
      sm('三 科研成果、论文著作'),
    ),
    neverTwice: sm('三 科研成果、论文著作'),
  },
};

const fujianDailyCap = fj('附件1（原则上按照每天不超过8学时计算）');

const fujianRules: Rulebook['rules'] = {
  online_course: { citation: fj('附件1（一）'), standard: asRecorded },
  training: {
    citation: fj('附件1（二）至（五）、（七）'),
    standard: requiring('startDate', requiring('endDate', asClaimedDeclared)),
    dailyCap: fujianDailyCap,
  },
  expert_service: {
    citation: fj('附件1（三）、（七）'),
    standard: requiring('startDate', requiring('endDate', asClaimedDeclared)),
    dailyCap: fujianDailyCap,
  },
  degree_program: {
    citation: fj('附件1（六）'),
    standard: fixed({ public: 30, professional: 60 }),
    // 计算完成当年的继续教育学时: the year is complete once, however many programmes.
    capGroup: capGroup(
      'degree_program',
      '在职学历教育',
      { public: 30, professional: 60 },
      fj('附件1（六）'),
    ),
  },
  outcome: {
    citation: fj('附件1（八）'),
    standard: requiring('outcomeKind', byAuthorRank),
    capGroup: capGroup(
      'outcome',
      '专业技术成果',
      { public: 0, professional: 60 },
      fj('附件1（八）'),
    ),
    neverTwice: fj('附件1（八）'),
  },
};

function book(
  id: RulebookId,
  document: string,
  rules: Rulebook['rules'],
  noStandard: Citation,
  evidence: Citation,
  yearly: Citation,
): Rulebook {
  return { id, name: rulebookLabels[id], document, rules, noStandard, evidence, yearly };
}

export const rulebooks: Record<RulebookId, Rulebook> = {
  'shandong-2021': book(
    'shandong-2021',
    documents.shandong,
    shandongRules,
    sd('二（一）4'),
    sd('二（一）'),
    sd('二（一）'),
  ),
  'weihai-2022': book(
    'weihai-2022',
    documents.weihai,
    weihaiRules,
    sd('二（一）4'),
    wh('二（各项学时均以相关证明为依据）'),
    wh('二'),
  ),
  'jining-2020': book(
    'jining-2020',
    documents.jining,
    jiningRules,
    sd('二（一）4'),
    jn('四（四）1'),
    jn('三'),
  ),
  'sdsmu-2025': book(
    'sdsmu-2025',
    documents.sdsmu,
    sdsmuRules,
    sd('二（一）4'),
    sm('附件1 学时申报'),
    sm('三'),
  ),
  'fujian-2023': book(
    'fujian-2023',
    documents.fujian,
    fujianRules,
    fj('附件1（九）'),
    fj('附件2 一'),
    fj('附件1（计入本人当年继续教育学时）'),
  ),
};

export function rulebookOf(id: RulebookId): Rulebook {
  return rulebooks[id];
}

export function citationText(citation: Citation): string {
  return `${citation.document} ${citation.clause}`;
}

/** Every rule a category gets in a rulebook, or undefined when the book sets no standard. */
export function ruleFor(
  rulebook: Rulebook,
  category: keyof Rulebook['rules'],
): CategoryRule | undefined {
  return rulebook.rules[category];
}

export function isRulebookId(value: string): value is RulebookId {
  return (rulebookIds as readonly string[]).includes(value);
}
