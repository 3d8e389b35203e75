/**
 * MO-FEE-UNKNOWN (info) — MO-FEE (国科才函〔2022〕39号 一、3，财行〔2014〕4号) could not be checked: no fee
 * standard for the teacher's country, or a standard in a currency with no exchange rate. No rate is
 * shipped as current: the reviewer enters the rates of the plan's date (汇率 sheet or --standards).
 */
import type { Rule } from '../types';
import { FEE2014, MOST2022, cite } from '../clauses';
import { currencyName, feeCap, normaliseCurrency } from '../../tallies/fee';
import { fieldRef } from '../util';
import type { Most2022Params } from './params';

export const messages = {
  noStandard: (country: string, clause: string) => cite(`没有“${country}”的培训费标准，无法核对经费预算（请在“费用标准”表中补充）`, clause),
  noRate: (country: string, currency: string, clause: string) =>
    cite(`“${country}”的培训费标准以${currencyName(currency)}计，但没有${currencyName(currency)}汇率，无法核对经费预算（请在“汇率”表中补充）`, clause),
};

export const feeUnknown: Rule<Most2022Params> = {
  id: 'MO-FEE-UNKNOWN',
  pack: 'most2022-online',
  onlineOnly: true,
  severity: 'info',
  clause: `${MOST2022} 一、3，${FEE2014}`,
  description: '缺少该国培训费标准或汇率，无法核对经费预算与资助额',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const b = p.budgetWan;
      if (!b || !b.ok) continue;
      const cap = feeCap(p, ctx.standards, ctx.rates);
      if (cap.ok || cap.reason === 'needs') continue;
      const ref = fieldRef(p, 'countries');
      if (cap.reason === 'no-standard') emit(ref, messages.noStandard(cap.country, this.clause), { projectKey: p.key, data: { country: cap.country, missing: 'standard' } });
      else {
        const currency = normaliseCurrency(cap.standard.currency);
        emit(ref, messages.noRate(cap.country, currency, this.clause), { projectKey: p.key, data: { country: cap.country, missing: 'rate', currency } });
      }
    }
  },
};
