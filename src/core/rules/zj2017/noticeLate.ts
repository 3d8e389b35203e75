/**
 * ZJ-NOTICE-LATE — 浙外专发〔2017〕14号 三(二)：“应于团组出国前在本单位范围内及时公开”. The 公示
 * starts after 出发日期: the information was not made public before the group left. Needs 公示开始
 * (or 公示期) and 出发日期; once per project, at the 公示开始 cell.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { formatDate } from '../dates';
import { ok } from '../util';
import type { Zj2017Params } from './params';

export const message = (from: string, depart: string, clause: string) =>
  cite(`公示开始日期${formatDate(from)}晚于出发日期${formatDate(depart)}，未在团组出国前公开`, clause);

export const noticeLate: Rule<Zj2017Params> = {
  id: 'ZJ-NOTICE-LATE',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 三(二) 应于团组出国前在本单位范围内及时公开`,
  description: '公示在团组出发之后才开始',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const from = ok(p.noticeStart);
      const depart = ok(p.departDate);
      if (from === undefined || depart === undefined || from <= depart) continue;
      emit(p.noticeStart!.ref, message(from, depart, this.clause), { projectKey: p.key, data: { noticeStart: from, departDate: depart } });
    }
  },
};
