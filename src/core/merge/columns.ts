/**
 * The columns of 省级汇总, in their fixed order: canonical fields (FORMS.md), then the union of the
 * columns units sent that map to no field, then review, tallies, provenance, status, and last the
 * reviewer's own columns.
 */
import { DEMAND_FIELD_LABELS, type DemandField } from '../model/records';

/** The summary column of each demand field (经费预算 is always in 万元). */
export const FIELD_COLUMN: Record<DemandField, string> = {
  ...DEMAND_FIELD_LABELS,
  budget: '经费预算（万元）',
};

/** Canonical fields in the order of the 需求表 (001 附件2), then FORMS.md's further fields. */
export const CANONICAL_FIELDS: DemandField[] = [
  'projectId',
  'adminDept',
  'plannedTime',
  'theme',
  'unit',
  'contact',
  'phone',
  'countries',
  'people',
  'days',
  'budget',
  'hasSponsor',
  'sponsor',
  'targets',
  'institution',
  'isPartner',
  'purpose',
  'content',
  'mode',
  'category',
  'civilServants',
  'inBudget',
  'filedDate',
  'departDate',
  'returnDate',
  'noticeStart',
  'noticeEnd',
  'reportDate',
  'adminContact',
  'adminPhone',
];

export const CANONICAL_COLUMNS: string[] = CANONICAL_FIELDS.map((f) => FIELD_COLUMN[f]);

export const COL = {
  projectId: FIELD_COLUMN.projectId,
  theme: FIELD_COLUMN.theme,
  unit: FIELD_COLUMN.unit,
  adminDept: FIELD_COLUMN.adminDept,
  countries: FIELD_COLUMN.countries,
  people: FIELD_COLUMN.people,
  days: FIELD_COLUMN.days,
  budget: FIELD_COLUMN.budget,
  category: FIELD_COLUMN.category,
  mode: FIELD_COLUMN.mode,
  errors: '错误数',
  warnings: '警告数',
  rules: '规则',
  mergeChecks: '合并检查',
  totalDays: '在外总日程',
  studyDays: '学习天数',
  topicDays: '专题培训天数',
  studyShare: '学习占比',
  topicShare: '专题占比',
  feeCap: '费用上限（万元）',
  budgetShare: '预算占上限',
  file: '来源文件',
  sheet: '来源工作表',
  row: '来源行',
  seq: '来源序号',
  sha: '文件SHA-256',
  importedAt: '导入时间',
  status: '状态',
  opinion: '审核意见',
  approved: '是否同意',
  order: '排序',
} as const;

export const REVIEW_COLUMNS = [COL.errors, COL.warnings, COL.rules, COL.mergeChecks];
export const TALLY_COLUMNS = [COL.totalDays, COL.studyDays, COL.topicDays, COL.studyShare, COL.topicShare, COL.feeCap, COL.budgetShare];
export const PROVENANCE_COLUMNS = [COL.file, COL.sheet, COL.row, COL.seq, COL.sha, COL.importedAt];
export const STATUS_COLUMN = COL.status;
/** Reviewer columns always present (the reviewer may add any others). */
export const DEFAULT_REVIEWER_COLUMNS: string[] = [COL.opinion, COL.approved, COL.order];

/** Columns the merge computes itself (never taken from a unit, never kept from an earlier run). */
export const GENERATED_COLUMNS = [...REVIEW_COLUMNS, ...TALLY_COLUMNS, ...PROVENANCE_COLUMNS, STATUS_COLUMN];

/**
 * The one word for a project a second file sent again (C-DUPLICATE across files): the 合并检查 text
 * starts with it, 导入记录 lists it under it, 单位汇总 counts such rows once and names them so.
 */
export const DUPLICATE_WORD = '跨文件重复';

/** True for a 省级汇总 row the merge found to repeat an earlier file's project. */
export function isDuplicateRow(row: Readonly<Record<string, unknown>>): boolean {
  return String(row[COL.mergeChecks] ?? '').startsWith(DUPLICATE_WORD);
}

export const STATUS_ACTIVE = '有效';
export const STATUS_WITHDRAWN = '已撤回';

/** Every column name the merge itself gives meaning to. A unit's column with one of these names is renamed. */
export const RESERVED_COLUMNS = new Set<string>([...CANONICAL_COLUMNS, ...GENERATED_COLUMNS, ...DEFAULT_REVIEWER_COLUMNS]);

/** 是否同意 values that mean approved (export picks these). */
export const APPROVED_WORDS = ['是', '同意', '通过', 'Y', 'y', 'yes', 'Yes', '√', '✓'];

/** A header as people type it, compared without spaces/line breaks and with unified brackets. */
export function cleanLabel(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：');
}
