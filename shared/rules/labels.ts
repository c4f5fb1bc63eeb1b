import type { Category, RulebookId, Subject } from '../contract/index.ts';
import type { FindingCode, MissingField, Severity, Suggestion } from './types.ts';

/** Chinese names so the UI never shows a raw code. */
export const categoryLabels: Record<Category, string> = {
  online_course: '网络课程学习',
  training: '培训进修',
  expert_service: '专家服务',
  assignment: '援派及基层服务',
  qualification_exam: '职业资格考试',
  title_language_exam: '职称外语考试',
  computer_exam: '计算机应用能力考试',
  competition: '技能竞赛',
  self_study_exam: '自学考试',
  degree_program: '在职学历（学位）教育',
  outcome: '科研成果、论文著作',
  long_absence: '境外工作、病假、产假',
  other: '其他',
};

export const subjectLabels: Record<Subject, string> = {
  public: '公需科目',
  professional: '专业科目',
};

export const suggestionLabels: Record<Suggestion, string> = {
  approve: '建议通过',
  return: '建议退回',
  reject: '建议不予认定',
  manual: '需人工认定',
};

export const severityLabels: Record<Severity, string> = {
  info: '提示',
  warning: '注意',
  error: '问题',
};

export const findingLabels: Record<FindingCode, string> = {
  MISSING_EVIDENCE: '缺少证明材料',
  MISSING_DETAILS: '申报信息不全',
  INVALID_DATES: '日期有误',
  DAILY_CAP: '超过每天 8 学时',
  ANNUAL_CAP: '超过年度累计上限',
  DUPLICATE_OUTCOME: '同一成果重复申报',
  NOT_FILED_IN_TIME: '培训项目未按时备案',
  NOT_ELIGIBLE: '不符合折算条件',
  PRORATED: '按月份比例折算',
  NO_STANDARD: '无认定标准',
  CALENDAR_UNKNOWN: '节假日日历未覆盖',
  INTEGRITY_RECORD: '诚信档案记录期内',
  EVIDENCE_NAME_MISMATCH: '证明材料姓名不符',
  EVIDENCE_HOURS_MISMATCH: '证明材料学时不足',
  EVIDENCE_DATE_MISMATCH: '证明材料日期不符',
  EVIDENCE_UNREADABLE: '证明材料无法识别',
  EVIDENCE_REUSED: '证明材料重复使用',
};

export const rulebookLabels: Record<RulebookId, string> = {
  'shandong-2021': '山东省（鲁人社字〔2021〕167号）',
  'weihai-2022': '威海市（威人社字〔2022〕2号）',
  'jining-2020': '济宁市（2020年度继续教育通知）',
  'sdsmu-2025': '山东第二医科大学（2025年继续教育通知）',
  'fujian-2023': '福建省（闽人社办〔2023〕70号）',
};

export const competitionLevelLabels = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  county: '县级',
} as const;

export const absenceKindLabels = {
  abroad: '因公境外工作',
  sick_leave: '病假',
  maternity: '产假',
  other: '其他情况',
} as const;

export const outcomeKindLabels = {
  project: '专业课题',
  award: '成果奖励',
  patent: '专利',
  standard: '行业标准',
  paper: '论文',
  book: '著作',
  translation: '译著',
} as const;

export const missingFieldLabels: Record<MissingField, string> = {
  startDate: '开始日期',
  endDate: '结束日期',
  level: '竞赛级别',
  grade: '考试级别',
  modules: '合格模块数',
  courses: '合格课程门数',
  authorRank: '作者位次',
  outcomeKind: '成果类型',
  months: '月数',
  absenceKind: '情形（境外工作、病假或产假）',
  certificateNo: '证书编号',
};
