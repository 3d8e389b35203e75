/**
 * ZJ-RATIO-STUDY — 浙外专发〔2017〕14号 二(二)：
 * “课堂学习培训和对口考察实践应不少于在外总日程的三分之二”.
 * Study days = 专题培训 + 课堂学习 + 对口考察 (half days exact); exactly 2/3 passes.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { countScheduleDays } from '../../tallies/days';
import { compare, div, formatDays, formatPercent, frac, toNumber, type Fraction } from '../../values/fraction';
import { fractionWords, scheduleHeader, shareFraction, themeRef } from '../util';
import type { Zj2017Params } from './params';

export const message = (study: Fraction, total: number, min: Fraction, clause: string) =>
  cite(
    `课堂学习和考察${formatDays(study)}天，占在外总日程${total}天的${formatPercent(div(study, frac(total)))}，低于${fractionWords(min)}`,
    clause,
  );

export const ratioStudy: Rule<Zj2017Params> = {
  id: 'ZJ-RATIO-STUDY',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 二(二)`,
  offlineOnly: true,
  description: '课堂学习培训、专题培训和对口考察实践天数少于在外总日程的三分之二',
  check(ctx, params, emit) {
    const min = shareFraction(params.minStudyShare)!;
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (!s) continue;
      const d = countScheduleDays(s);
      if (d.totalDays === null || d.totalDays <= 0) continue;
      if (compare(div(d.study, frac(d.totalDays)), min) >= 0) continue;
      emit(themeRef(p), message(d.study, d.totalDays, min, this.clause), {
        projectKey: p.key,
        related: [scheduleHeader(s)],
        data: { studyDays: toNumber(d.study), totalDays: d.totalDays, share: formatPercent(div(d.study, frac(d.totalDays))), minShare: params.minStudyShare },
      });
    }
  },
};
