/**
 * ZJ-NOTICE — 浙外专发〔2017〕14号 三(二)：“应于团组出国前在本单位范围内及时公开…公示期限原则上不少于
 * 5个工作日”. Working days between 公示开始 and 公示结束 inclusive (Monday to Friday minus holidays)
 * fewer than `minNoticeWorkdays`, or a notice ending after 出发日期: once per project, at the 公示 cell.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { formatDate, workdaysBetween } from '../dates';
import { fieldRef, ok } from '../util';
import type { Zj2017Params } from './params';

export const message = (problems: string[], clause: string) => cite(problems.join('；'), clause);
export const parts = {
  short: (from: string, to: string, n: number, min: number) => `公示期${formatDate(from)}至${formatDate(to)}仅${n}个工作日，少于${min}个工作日`,
  late: (to: string, depart: string) => `公示结束日期${formatDate(to)}晚于出发日期${formatDate(depart)}，应于团组出国前公示`,
};

export const notice: Rule<Zj2017Params> = {
  id: 'ZJ-NOTICE',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 三(二)`,
  description: '公示期少于5个工作日，或公示在出发之后结束',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const from = ok(p.noticeStart);
      const to = ok(p.noticeEnd);
      const depart = ok(p.departDate);
      const problems: string[] = [];
      if (from && to) {
        const n = workdaysBetween(from, to, params.holidays);
        if (n < params.minNoticeWorkdays) problems.push(parts.short(from, to, n, params.minNoticeWorkdays));
      }
      if (to && depart && to > depart) problems.push(parts.late(to, depart));
      if (problems.length === 0) continue;
      const ref = p.noticeEnd?.ref ?? p.noticeStart?.ref ?? fieldRef(p, 'noticeEnd');
      emit(ref, message(problems, this.clause), { projectKey: p.key });
    }
  },
};
