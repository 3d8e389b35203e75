/**
 * C-PHONE (warning) — 001 附件2 需求表 电话: a mainland number a reviewer can call: a landline with its
 * area code (0571-87054069) or an 11-digit mobile; several numbers separated by 、，/ are fine, and a
 * number after a landline may omit the area code it shares (010-58884238，58884236, as 001 writes it).
 */
import type { Rule } from '../types';
import { DEMAND_FORM, cite } from '../clauses';
import type { CommonParams } from './params';
import { isMainlandPhone } from '../../values/phone';

/** The value readers' own test of a phone cell (src/core/values/phone.ts). */
export const isPhoneText = isMainlandPhone;

export const message = (text: string, clause: string) => cite(`电话“${text}”不是可识别的号码（固定电话应带区号，手机为11位）`, clause);

export const phone: Rule<CommonParams> = {
  id: 'C-PHONE',
  pack: 'common',
  severity: 'warning',
  clause: DEMAND_FORM,
  description: '电话不是可识别的固定电话（带区号）或11位手机号',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const f = p.fields.phone;
      if (!f || f.text.trim() === '') continue;
      if (!isPhoneText(f.text)) emit(f.ref, message(f.text.trim(), this.clause), { projectKey: p.key, data: { phone: f.text.trim() } });
    }
  },
};
