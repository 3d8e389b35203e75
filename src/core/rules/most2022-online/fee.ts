/**
 * MO-FEE (warning) — 国科才函〔2022〕39号 一、3：“参照…（财行〔2014〕4号）规定，…按照境外教师授课地点所在国家
 * （地区）培训费支出标准，折合人民币后资助境外培训费”. That is the basis of the ministry's subsidy, not a cap on the
 * unit's budget: a 经费预算 (万元) strictly above 人数 × 天数 × 培训费标准 × 汇率 ÷ 10 000 is pointed out for the
 * reviewer to check what the excess is and who pays it; exactly at the subsidy passes (compared exactly).
 */
import type { Rule } from '../types';
import { FEE2014, MOST2022, cite } from '../clauses';
import { currencyName, feeCap, normaliseCurrency } from '../../tallies/fee';
import { formatAmount } from '../util';
import type { Most2022Params } from './params';

export const message = (budget: number, subsidy: number, how: string, clause: string) =>
  cite(`经费预算${formatAmount(budget)}万元，高于按培训费标准计算的资助额${formatAmount(subsidy)}万元（${how}），请核实超出部分的用途和经费来源`, clause);

export const fee: Rule<Most2022Params> = {
  id: 'MO-FEE',
  pack: 'most2022-online',
  onlineOnly: true,
  severity: 'warning',
  clause: `${MOST2022} 一、3，${FEE2014}`,
  description: '经费预算高于按培训费标准计算的资助额（人数×天数×培训费标准×汇率，仅线上）',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const b = p.budgetWan;
      if (!b || !b.ok || !(b.value > 0)) continue;
      const cap = feeCap(p, ctx.standards, ctx.rates);
      if (!cap.ok || !cap.exceeds(b.value)) continue;
      const how = `${cap.people}人×${cap.days}天×${cap.country}培训费标准${formatAmount(cap.standard.feePerDay)}${currencyName(cap.standard.currency)}×汇率${cap.rate}÷10000`;
      emit(b.ref, message(b.value, cap.capWan, how, this.clause), {
        projectKey: p.key,
        data: {
          budgetWan: b.value,
          subsidyWan: cap.capWan,
          people: cap.people,
          days: cap.days,
          country: cap.country,
          feePerDay: cap.standard.feePerDay,
          currency: normaliseCurrency(cap.standard.currency),
          rate: cap.rate,
        },
      });
    }
  },
};
