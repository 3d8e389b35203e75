/**
 * ZJ-INTERCITY-ENDS (warning) — 浙外专发〔2017〕14号 二(二)：“工作日不安排城市间移动”. 000 makes no
 * exception for the schedule's first and last day, but a move on them (landing in one city and going
 * on to another; leaving the training city for another to fly home) is bound up with the international
 * flight, so the reviewer judges. A move in the sense of ZJ-INTERCITY (travel.ts), on a first or last
 * day that is a working day abroad (Monday to Friday); once per day, at the city cell of the first
 * offending row.
 */
import type { IsoDate } from '../../model/records';
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { WEEKDAY_NAMES, formatDate, weekday } from '../dates';
import type { Zj2017Params } from './params';
import { workingDayMoves } from './travel';

export const message = (which: 'first' | 'last', date: IsoDate, move: string, clause: string) =>
  cite(
    `日程${which === 'first' ? '首日' : '末日'}${formatDate(date)}（${WEEKDAY_NAMES[weekday(date)]}）是境外工作日，安排了城市间移动（${move}）；该移动与国际航班衔接，请审核人员判断`,
    clause,
  );

export const intercityEnds: Rule<Zj2017Params> = {
  id: 'ZJ-INTERCITY-ENDS',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 二(二) 工作日不安排城市间移动`,
  offlineOnly: true,
  description: '日程首日或末日为境外工作日且安排城市间移动（与国际航班衔接，请审核人员判断）',
  check(ctx, params, emit) {
    for (const { p, d, move, ref } of workingDayMoves(ctx, params, true)) {
      const which = d.position === 'first' ? 'first' : 'last';
      emit(ref, message(which, d.date, move.text, this.clause), {
        projectKey: p.key,
        data: { date: d.date, weekday: weekday(d.date), day: d.position, from: move.from, to: move.to, move: move.text },
      });
    }
  },
};
