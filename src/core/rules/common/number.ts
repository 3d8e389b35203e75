/**
 * C-NUMBER — 001 附件2 需求表: 人数 and 天数 are whole numbers of people and days, 经费预算 an amount
 * in 万元. After normalisation (FORMS.md "Values": "20人", full-width digits, "1.5万元", "15000元"),
 * anything that is not a positive whole number / positive amount is an error at its cell — an Excel
 * error value (#N/A) included; rules needing that number then skip the project.
 */
import type { Reading } from '../../model/records';
import type { Rule } from '../types';
import { DEMAND_FORM, cite } from '../clauses';
import type { CommonParams } from './params';

type Problem = 'unreadable' | 'error' | 'not-positive' | 'not-whole';

export function numberProblem(r: Reading<number> | undefined, whole: boolean): Problem | null {
  if (!r) return null;
  if (!r.ok) return r.problem === 'blank' ? null : r.problem;
  if (!(r.value > 0)) return 'not-positive';
  if (whole && !Number.isInteger(r.value)) return 'not-whole';
  return null;
}

const WHAT: Record<Problem, string> = {
  unreadable: '无法识别为数字',
  error: '是Excel错误值',
  'not-positive': '不是正数',
  'not-whole': '不是整数',
};

export const message = (label: string, text: string, problem: Problem, expected: string, clause: string) =>
  cite(`${label}“${text}”${WHAT[problem]}，应为${expected}`, clause);

export const number: Rule<CommonParams> = {
  id: 'C-NUMBER',
  pack: 'common',
  severity: 'error',
  clause: DEMAND_FORM,
  description: '人数、天数不是正整数，或经费预算不是正数金额',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const checks: [Reading<number> | undefined, string, boolean, string][] = [
        [p.people, '人数', true, '正整数'],
        [p.days, '天数', true, '正整数'],
        [p.budgetWan, '经费预算', false, '正数金额（万元）'],
      ];
      for (const [r, label, whole, expected] of checks) {
        const problem = numberProblem(r, whole);
        if (r && problem) emit(r.ref, message(label, r.text, problem, expected, this.clause), { projectKey: p.key, data: { field: label, text: r.text, problem } });
      }
    }
  },
};
