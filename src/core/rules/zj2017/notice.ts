/**
 * ZJ-NOTICE (warning: 原则上) — 浙外专发〔2017〕14号 三(二)：“应于团组出国前在本单位范围内及时公开…
 * 公示期限原则上不少于5个工作日”. Once per project:
 * - fewer than `minNoticeWorkdays` working days in China from 公示开始 to 公示结束 (inclusive), by the
 *   official holiday calendar (src/core/calendar; Monday–Friday for a year it lacks, and the message
 *   says so), less the `holidays` parameter's days; at the 公示结束 cell;
 * - or a notice that starts on the departure day itself (the dates cannot show it came first); at the
 *   公示开始 cell. A start after departure is ZJ-NOTICE-LATE; a notice running on after departure is fine.
 * No 公示 fields → no check (000 exempts projects involving 政府秘密或商业秘密).
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { calendarFor, workingDaysInChina } from '../../calendar';
import { addDays, dayIndex, formatDate } from '../dates';
import { ok } from '../util';
import type { Zj2017Params } from './params';

export const message = (problems: string[], clause: string) => cite(problems.join('；'), clause);
export const parts = {
  short: (from: string, to: string, n: number, min: number) => `公示期${formatDate(from)}至${formatDate(to)}仅${n}个工作日，少于${min}个工作日`,
  weekdaysOnly: (years: number[]) => `（${years.join('、')}年不在节假日日历中，按周一至周五计算）`,
  onDeparture: (from: string) => `公示开始日期${formatDate(from)}即出发当天，无法表明公示在团组出国前进行`,
};

export const notice: Rule<Zj2017Params> = {
  id: 'ZJ-NOTICE',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 三(二) 公示期限原则上不少于5个工作日`,
  description: '公示期少于5个工作日（按法定节假日和调休计算），或公示于出发当天才开始',
  check(ctx, params, emit) {
    const calendar = calendarFor(ctx.options.params, ctx.parsed.settings);
    for (const p of ctx.parsed.projects) {
      const from = ok(p.noticeStart);
      const to = ok(p.noticeEnd);
      const depart = ok(p.departDate);
      if (!from && !to) continue;
      const problems: string[] = [];
      const data: Record<string, string | number | null> = { noticeStart: from ?? null, noticeEnd: to ?? null, departDate: depart ?? null };
      let short = false;
      if (from && to) {
        // a year of notice is more than enough to decide (and a mistyped year must not loop for ages)
        const n = workingDaysInChina(from, dayIndex(to) - dayIndex(from) > 366 ? addDays(from, 366) : to, calendar, params.holidays);
        data.workdays = n.count;
        data.minWorkdays = params.minNoticeWorkdays;
        data.basis = n.weekdaysOnly.length > 0 ? 'weekdays' : 'calendar';
        if (n.count < params.minNoticeWorkdays) {
          short = true;
          problems.push(parts.short(from, to, n.count, params.minNoticeWorkdays) + (n.weekdaysOnly.length > 0 ? parts.weekdaysOnly(n.weekdaysOnly) : ''));
        }
      }
      if (from && depart && from === depart) problems.push(parts.onDeparture(from));
      if (problems.length === 0) continue;
      const ref = short ? (p.noticeEnd?.ref ?? p.noticeStart!.ref) : p.noticeStart!.ref;
      emit(ref, message(problems, this.clause), { projectKey: p.key, data });
    }
  },
};
