/**
 * The core's public API types (see docs/API.md). Hosts (files, Excel, CLI, task pane) use only
 * what src/core/index.ts exports.
 */
import type { Finding } from './findings';
import type { ParsedWorkbook, ProjectTallies, SheetKind, ExchangeRate, FeeStandard } from './records';
import type { PackUse } from '../suggest';

export const PACK_IDS = ['common', 'zj2017', 'sc2020', 'most2022-online', 'ce2007', 'cas'] as const;
export type PackId = (typeof PACK_IDS)[number];

/** Names shown to users (RULES.md "Rule packs"); the task pane's checkboxes carry these names. */
export const PACK_NAMES: Record<PackId, string> = {
  common: '通用检查',
  zj2017: '浙江省 浙外专发〔2017〕14号',
  sc2020: '四川省 2020年度计划申报',
  'most2022-online': '科技部 国科才函〔2022〕39号（线上培训）',
  ce2007: '专业技术人员继续教育 国人部发〔2007〕96号',
  cas: '中国科学院继续教育指导意见',
};

export interface ReviewOptions {
  /** Packs to run besides `common` (always on). */
  packs: PackId[];
  /**
   * When `packs` is empty: run the packs each workbook's content suggests (src/core/suggest.ts, RULES.md
   * "Rule packs"); the review says which and why (WorkbookReview.packs).
   */
  suggestPacks?: boolean;
  /** The review date (ZJ-REPORT-LATE and the like), ISO `YYYY-MM-DD`; default today. */
  asOf?: string;
  /** Parameter overrides, e.g. `{ 'zj2017.minStudyShare': '2/3' }` (settings object; the workbook's 审核设置 sheet overrides these). */
  params?: Record<string, string | number | boolean | string[]>;
  /** Fee standards and exchange rates from a reviewer's standards file (`--standards`), added to the shipped defaults. */
  standards?: { standards: FeeStandard[]; rates: ExchangeRate[] };
  /** The reviewer's correction of what a sheet is (task pane), by sheet name. */
  sheetKinds?: Record<string, SheetKind>;
  /** Units whose previous-year summary is outstanding (SC-LAST-SUMMARY). */
  outstandingUnits?: string[];
  /**
   * Leave out info findings, for callers that keep only errors and warnings (the merge counts those
   * per project): rules whose severity is info are not run, info findings of other rules are dropped.
   * Never set for a review that is shown, counted or written (`peixun review`, the pane, marks).
   */
  skipInfo?: boolean;
}

/** One project's line in a report (the JSON contract of `peixun review --json`). */
export interface ProjectReport {
  file: string;
  sheet: string;
  key: string;
  theme: string;
  unit: string;
  tallies: ProjectTallies;
}

export interface WorkbookReview {
  parsed: ParsedWorkbook;
  findings: Finding[];
  projects: ProjectReport[];
  /** Which packs ran, what the content suggests, and why. */
  packs?: PackUse;
}
