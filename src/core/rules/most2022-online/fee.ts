/**
 * MO-FEE — 国科才函〔2022〕39号 一、3：“参照…（财行〔2014〕4号）规定，…按照境外教师授课地点所在国家（地区）
 * 培训费支出标准，折合人民币后资助境外培训费”. 经费预算 (万元) above 人数 × 天数 × 培训费标准 × 汇率 ÷ 10 000
 * is an error; exactly at the cap passes (compared exactly).
 */
import type { Rule } from '../types';
import { FEE2014, MOST2022, cite } from '../clauses';
import { currencyName, feeCap } from '../../tallies/fee';
import { formatAmount } from '../util';
import type { Most2022Params } from './params';

export const message = (budget: number, cap: number, how: string, clause: string) =>
  cite(`经费预算${formatAmount(budget)}万元，超过培训费标准上限${formatAmount(cap)}万元（${how}）`, clause);

export const fee: Rule<Most2022Params> = {
  id: 'MO-FEE',
  pack: 'most2022-online',
  severity: 'error',
  clause: `${MOST2022} 一、3，${FEE2014}`,
  description: '经费预算超过 人数×天数×培训费标准×汇率 的上限',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const b = p.budgetWan;
      if (!b || !b.ok || !(b.value > 0)) continue;
      const cap = feeCap(p, ctx.standards, ctx.rates);
      if (!cap.ok || !cap.exceeds(b.value)) continue;
      const how = `${cap.people}人×${cap.days}天×${cap.country}培训费标准${formatAmount(cap.standard.feePerDay)}${currencyName(cap.standard.currency)}×汇率${cap.rate}÷10000`;
      emit(b.ref, message(b.value, cap.capWan, how, this.clause), { projectKey: p.key });
    }
  },
};
