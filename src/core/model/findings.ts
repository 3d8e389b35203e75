import { z } from 'zod';

/** 错误 / 警告 / 提示 (RULES.md: 不得/应当/不少于 → error; 一般/原则上 → warning; heuristics → info). */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  /** Rule ID from RULES.md (a public contract: never renamed). */
  ruleId: z.string(),
  severity: SeveritySchema,
  /** The file as the user gave it (or the workbook name in Excel). */
  file: z.string(),
  /** Sheet name; '' for a finding about the whole file (C-UNREADABLE of a file). */
  sheet: z.string(),
  /** A1 address of the offending cell (or where the value belongs); '' when there is none. */
  cell: z.string(),
  /** Chinese message naming the clause and the figures. */
  message: z.string(),
  /** The clause the rule comes from, e.g. `浙外专发〔2017〕14号 二(二)`. */
  clause: z.string().optional(),
  /** The project the finding is about (Project.key), when there is one. */
  projectKey: z.string().optional(),
  /** Further cells the finding is about (e.g. the schedule's header row for a ratio). */
  related: z.array(z.object({ sheet: z.string(), cell: z.string() })).optional(),
  /**
   * The figures the message is built from (e.g. `{studyDays: 9, totalDays: 15}`), so that reports and
   * translations are built from parts, not parsed out of the sentence.
   */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
/** A finding's figures (see FindingSchema.data). */
export type FindingData = NonNullable<Finding['data']>;

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** What a reviewed file should be, said when it is not (RULES.md C-UNREADABLE: name the file and what was looked for). */
export const WORKBOOK_LOOKED_FOR = '应为 .xlsx、.xls 或 .csv 工作簿，含需求表、日程表、人员名单或继续教育学时登记表。';

/** C-UNREADABLE for a whole file that could not be read: names it, says why and what was looked for. */
export function unreadableFileFinding(file: string, reason: string, lookedFor: string = WORKBOOK_LOOKED_FOR): Finding {
  return { ruleId: 'C-UNREADABLE', severity: 'error', file, sheet: '', cell: '', message: `无法读取文件“${file}”：${reason}。${lookedFor}` };
}
