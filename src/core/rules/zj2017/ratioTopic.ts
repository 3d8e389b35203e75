/**
 * ZJ-RATIO-TOPIC — 浙外专发〔2017〕14号 二(二)：“其中专题培训不得少于三分之一”.
 * Topic days = 专题培训 rows (half days exact) over 在外总日程; exactly 1/3 passes.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { countScheduleDays } from '../../tallies/days';
import { compare, div, formatDays, formatPercent, frac, toNumber, type Fraction } from '../../values/fraction';
import { fractionWords, scheduleHeader, shareFraction, themeRef } from '../util';
import type { Zj2017Params } from './params';

export const message = (topic: Fraction, total: number, min: Fraction, clause: string) =>
  cite(
    `专题培训${formatDays(topic)}天，占在外总日程${total}天的${formatPercent(div(topic, frac(total)))}，低于${fractionWords(min)}`,
    clause,
  );

export const ratioTopic: Rule<Zj2017Params> = {
  id: 'ZJ-RATIO-TOPIC',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 二(二)`,
  offlineOnly: true,
  description: '专题培训天数少于在外总日程的三分之一',
  check(ctx, params, emit) {
    const min = shareFraction(params.minTopicShare)!;
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (!s) continue;
      const d = countScheduleDays(s);
      if (d.totalDays === null || d.totalDays <= 0) continue;
      if (compare(div(d.topic, frac(d.totalDays)), min) >= 0) continue;
      emit(themeRef(p), message(d.topic, d.totalDays, min, this.clause), {
        projectKey: p.key,
        related: [scheduleHeader(s)],
        data: { topicDays: toNumber(d.topic), totalDays: d.totalDays, share: formatPercent(div(d.topic, frac(d.totalDays))), minShare: params.minTopicShare },
      });
    }
  },
};
