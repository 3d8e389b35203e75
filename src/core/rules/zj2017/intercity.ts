/**
 * ZJ-INTERCITY — 浙外专发〔2017〕14号 二(二)：“培训地点应当相对集中，工作日不安排城市间移动”.
 * On a working day abroad (Monday to Friday) other than the schedule's first and last day (those are
 * ZJ-INTERCITY-ENDS), the group moves between two cities abroad (see travel.ts: flights from or to
 * China and transit points are never a move). Once per day, at the city cell of the first offending
 * row. Without dates, 第N天 is dated from 出发日期 when there is one; otherwise no check.
 */
import type { IsoDate } from '../../model/records';
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { WEEKDAY_NAMES, formatDate, weekday } from '../dates';
import type { Zj2017Params } from './params';
import { workingDayMoves } from './travel';

export const message = (date: IsoDate, move: string, clause: string) =>
  cite(`${formatDate(date)}（${WEEKDAY_NAMES[weekday(date)]}）是境外工作日，安排了城市间移动（${move}）`, clause);

export const intercity: Rule<Zj2017Params> = {
  id: 'ZJ-INTERCITY',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 二(二) 工作日不安排城市间移动`,
  offlineOnly: true,
  description: '境外工作日（周一至周五）安排城市间移动（日程首末日见 ZJ-INTERCITY-ENDS）',
  check(ctx, params, emit) {
    for (const { p, d, move, ref } of workingDayMoves(ctx, params, false)) {
      emit(ref, message(d.date, move.text, this.clause), {
        projectKey: p.key,
        data: { date: d.date, weekday: weekday(d.date), from: move.from, to: move.to, move: move.text },
      });
    }
  },
};
