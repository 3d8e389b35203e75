/**
 * CE-ABROAD-HOURS — 浙外专发〔2017〕14号 三(四):
 * "专业技术人员参加因公出国（境）培训纳入专业技术人员继续教育学时登记范围，每天可认定登记6个学时，
 *  天数以省外侨办出国、赴港澳任务批件批准的在外停留时间为准。"
 * An outbound-training row (形式 出国（境）培训) whose 学时 ≠ `hoursPerDayAbroad` × its approved 天数 is
 * info at that row's 学时 cell (the tally counts the days × 6).
 */
import { cite, ZJ2017 } from '../clauses';
import { fmtHours, fr, registerOf } from '../ceShared';
import { exact, isAbroadForm } from '../../ce/tally';
import { compare, mul, toNumber } from '../../values/fraction';
import type { Rule } from '../types';
import type { Ce2007Params } from './params';

export const abroadHours: Rule<Ce2007Params> = {
  id: 'CE-ABROAD-HOURS',
  pack: 'ce2007',
  severity: 'info',
  clause: `${ZJ2017} 三(四)`,
  description: '出国（境）培训登记的学时不等于批准在外天数×6',
  check(ctx, params, emit) {
    const perDay = fr(params.hoursPerDayAbroad);
    for (const row of registerOf(ctx).rows) {
      if (params.year !== undefined && !(row.year?.ok && row.year.value === params.year)) continue;
      if (!isAbroadForm(row.form?.text)) continue;
      const hours = exact(row.hours);
      const days = exact(row.days);
      if (!hours || !days || !row.hours) continue;
      const expected = mul(days, perDay);
      if (compare(hours, expected) === 0) continue;
      const year = row.year?.ok ? `${row.year.value}年度` : '';
      const message = cite(
        `${row.name.text} ${year}${row.form?.text ?? ''}登记${fmtHours(hours)}学时，与批准在外${fmtHours(days)}天×${fmtHours(perDay)}学时=${fmtHours(expected)}学时不符，按${fmtHours(expected)}学时计`,
        this.clause,
      );
      emit(row.hours.ref, message, {
        data: { year: row.year?.ok ? row.year.value : null, recordedHours: toNumber(hours), days: toNumber(days), hoursPerDay: toNumber(perDay), countedHours: toNumber(expected) },
      });
    }
  },
};
