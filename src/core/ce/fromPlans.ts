/**
 * From plans to hours: the CE rows each participant of an approved outbound-training project earns,
 * so that the register is updated from the plan instead of retyped.
 *
 * 浙外专发〔2017〕14号 三(四): "每天可认定登记6个学时，天数以…批准的在外停留时间为准" — so a participant
 * earns the project's approved 天数 × 6 hours, 形式 出国（境）培训, 科目类别 专业科目, in the year of
 * 出发日期 (else of 预计办班时间).
 */
import type { CellValue } from '../grid';
import type { ParsedWorkbook, Participant, Project, Source } from '../model/records';
import { daysBetween } from '../values/dates';
import { mul, parseFraction, toNumber } from '../values/fraction';
import { normaliseLabel } from './text';

export const ABROAD_FORM_TEXT = '出国（境）培训';

export interface PlanCeRow {
  name: string;
  idNumber?: string;
  staffNumber?: string;
  /** The participant's 工作单位, else the project's 组团单位. */
  unit: string;
  year: number;
  subject: '专业科目';
  form: typeof ABROAD_FORM_TEXT;
  /** Approved days abroad (the project's 天数, else 出发日期 to 回国日期 inclusive). */
  days: number;
  hours: number;
  projectKey: string;
  theme: string;
  /** The participant's row in the participant list. */
  source: Source;
}

export interface PlanSkip {
  projectKey: string;
  theme: string;
  /** Chinese: why no rows were made for this project. */
  reason: string;
}

export interface FromPlansOptions {
  /** Hours a day abroad (6). */
  hoursPerDayAbroad?: number;
  /**
   * Which projects count as approved. Default: every project, except one whose 是否同意 / 审批结果 /
   * 审核结论 column (a reviewer's column kept by the merge) says 否 / 不同意 / 不批准, or whose 状态 says 已撤回.
   */
  isApproved?: (p: Project) => boolean;
}

const NOT_APPROVED = /^(否|不同意|不批准|未批准|不予批准|驳回|已撤回|撤回)$/;
const APPROVAL_LABEL = /^(是否同意|是否批准|审批结果|审核结论|审核结果|状态|项目状态)$/;

/** A reviewer's column (是否同意, 审批结果, 状态 …) whose text says 否 / 不同意 / 已撤回 …. */
export function isRejection(label: string, text: string): boolean {
  return APPROVAL_LABEL.test(normaliseLabel(label).label) && NOT_APPROVED.test(text.replace(/\s+/g, ''));
}

export function defaultIsApproved(p: Pick<Project, 'extra'>): boolean {
  return !p.extra.some((x) => isRejection(x.label, x.text));
}

const ID_LABELS = ['身份证号', '身份证号码', '证件号码', '证件号', '身份证'];
const STAFF_LABELS = ['工号', '人员编号', '职工编号', '职工号'];
const UNIT_LABELS = ['工作单位', '单位', '所在单位', '单位名称'];

function participantField(p: Participant, labels: readonly string[]): string | undefined {
  for (const [key, fc] of Object.entries(p.fields)) {
    if (labels.includes(normaliseLabel(key).label) && fc.text.trim()) return fc.text.trim();
  }
  return undefined;
}

function projectDays(p: Project): number | null {
  if (p.days?.ok && p.days.value > 0) return p.days.value;
  if (p.departDate?.ok && p.returnDate?.ok) {
    const n = daysBetween(p.departDate.value, p.returnDate.value) + 1;
    if (n > 0) return n;
  }
  return null;
}

function projectYear(p: Project): number | null {
  if (p.departDate?.ok) return Number(p.departDate.value.slice(0, 4));
  if (p.plannedTime?.ok) return Number(p.plannedTime.value.from.slice(0, 4));
  return null;
}

/** The CE rows participants of approved projects earn, and the projects that gave none (with why). */
export function ceRowsFromPlans(
  input: ParsedWorkbook[] | { projects: readonly Project[]; participants: readonly Participant[] },
  opts: FromPlansOptions = {},
): { rows: PlanCeRow[]; skipped: PlanSkip[] } {
  const projects = Array.isArray(input) ? input.flatMap((w) => w.projects) : [...input.projects];
  const participants = Array.isArray(input) ? input.flatMap((w) => w.participants) : [...input.participants];
  const isApproved = opts.isApproved ?? defaultIsApproved;
  const perDay = parseFraction(opts.hoursPerDayAbroad ?? 6);
  if (!perDay || perDay.n <= 0) throw new RangeError(`每天学时应为正数：${opts.hoursPerDayAbroad}`);

  const byProject = new Map<string, Participant[]>();
  for (const pt of participants) {
    if (pt.projectKey === null) continue;
    const list = byProject.get(pt.projectKey);
    if (list) list.push(pt);
    else byProject.set(pt.projectKey, [pt]);
  }

  const rows: PlanCeRow[] = [];
  const skipped: PlanSkip[] = [];
  for (const p of projects) {
    const theme = p.fields.theme?.text ?? '';
    const skip = (reason: string) => skipped.push({ projectKey: p.key, theme, reason });
    if (!isApproved(p)) {
      skip('项目未获批准或已撤回');
      continue;
    }
    const days = projectDays(p);
    if (days === null) {
      skip('没有可读的天数（或出发、回国日期）');
      continue;
    }
    const year = projectYear(p);
    if (year === null) {
      skip('没有可读的出发日期或预计办班时间，无法确定年度');
      continue;
    }
    const people = byProject.get(p.key) ?? [];
    if (people.length === 0) {
      skip('没有关联的人员名单');
      continue;
    }
    const dayFrac = parseFraction(days)!;
    const hours = toNumber(mul(dayFrac, perDay));
    for (const pt of people) {
      const name = pt.name.text.trim();
      if (!name) continue;
      rows.push({
        name,
        idNumber: participantField(pt, ID_LABELS),
        staffNumber: participantField(pt, STAFF_LABELS),
        unit: participantField(pt, UNIT_LABELS) ?? p.fields.unit?.text.trim() ?? '',
        year,
        subject: '专业科目',
        form: ABROAD_FORM_TEXT,
        days,
        hours,
        projectKey: p.key,
        theme,
        source: pt.source,
      });
    }
  }
  return { rows, skipped };
}

/** Header of a register written from plans; the register reader recognises it. */
export const PLAN_REGISTER_HEADER = ['姓名', '身份证号', '工号', '单位', '年度', '科目类别', '形式', '天数', '学时', '培训项目', '项目编号'];

/** The rows as a register sheet's values (header first), ready for a host to write. */
export function planRowsToSheetValues(rows: readonly PlanCeRow[]): CellValue[][] {
  return [
    [...PLAN_REGISTER_HEADER],
    ...rows.map((r) => [
      r.name,
      r.idNumber ?? null,
      r.staffNumber ?? null,
      r.unit,
      r.year,
      r.subject,
      r.form,
      r.days,
      r.hours,
      r.theme,
      r.projectKey,
    ]),
  ];
}
