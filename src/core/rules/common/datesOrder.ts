/**
 * C-DATES-ORDER (error) — 出发日期 after 回国日期: the group cannot come back before it leaves, so
 * one of the two dates is wrong (and every rule that counts from them would count wrongly). At the
 * 回国日期 cell; the same day is fine (a one-day visit).
 */
import type { Rule } from '../types';
import { formatDate } from '../dates';
import { ok } from '../util';
import type { CommonParams } from './params';

export const message = (depart: string, back: string) => `出发日期${formatDate(depart)}晚于回国日期${formatDate(back)}，请核对两个日期`;

export const datesOrder: Rule<CommonParams> = {
  id: 'C-DATES-ORDER',
  pack: 'common',
  severity: 'error',
  clause: '',
  description: '出发日期晚于回国日期',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const depart = ok(p.departDate);
      const back = ok(p.returnDate);
      if (!depart || !back || !(depart > back)) continue;
      emit(p.returnDate!.ref, message(depart, back), { projectKey: p.key, related: [p.departDate!.ref], data: { departDate: depart, returnDate: back } });
    }
  },
};
