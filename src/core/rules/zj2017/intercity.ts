/**
 * ZJ-INTERCITY — 浙外专发〔2017〕14号 二(二)：“培训地点应当相对集中，工作日不安排城市间移动”.
 * A working day (Monday to Friday, minus holidays) on which the group moves between cities: a row's
 * city differs from the city the group was in (the previous day's last city, or an earlier row of the
 * same day), a row names two cities (`柏林—慕尼黑`), or a 交通 row says 城市间交通 / 乘车前往 X. The first
 * day (arrival) and the last day (departure) are exempt. Once per day, at the city cell of the first
 * offending row. Without dates, 第N天 is dated from 出发日期 when there is one; otherwise no check.
 */
import type { IsoDate, ScheduleRow } from '../../model/records';
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { countScheduleDays, type ScheduleDay } from '../../tallies/days';
import { WEEKDAY_NAMES, addDays, formatDate, isWorkday, weekday } from '../dates';
import { containsAny, ok } from '../util';
import type { Zj2017Params } from './params';

export const message = (date: IsoDate, move: string, clause: string) =>
  cite(`${formatDate(date)}（${WEEKDAY_NAMES[weekday(date)]}）是工作日，安排了城市间移动（${move}）`, clause);

export const intercity: Rule<Zj2017Params> = {
  id: 'ZJ-INTERCITY',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 二(二) 工作日不安排城市间移动`,
  description: '工作日（周一至周五）安排城市间移动（首日抵达、末日离开除外）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (!s) continue;
      const depart = ok(p.departDate);
      const days: { day: ScheduleDay; date: IsoDate }[] = [];
      let sorted = true;
      for (const day of countScheduleDays(s).days) {
        const date = day.date ?? (depart && day.dayNumber !== null ? addDays(depart, day.dayNumber - 1) : null);
        if (date === null) continue;
        if (days.length > 0 && date < days[days.length - 1].date) sorted = false;
        days.push({ day, date });
      }
      if (days.length === 0) continue;
      if (!sorted) days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const first = days[0].date;
      const last = days[days.length - 1].date;
      let city: string | null = null;
      for (const { day, date } of days) {
        const checked = isWorkday(date, params.holidays) && !(params.exemptFirstLastDay && (date === first || date === last));
        let offending: { row: ScheduleRow; move: string } | null = null;
        for (const row of day.rows) {
          const named = row.cities.length === 1 ? (row.cities[0].trim() !== '' ? row.cities : []) : row.cities.filter((c) => c.trim() !== '');
          if (checked && offending === null) {
            let move: string | null = null;
            if (named.length >= 2) move = named.join('→');
            else if (named.length === 1 && city !== null && named[0] !== city) move = `${city}→${named[0]}`;
            else if (row.type === '交通' && row.content && containsAny(row.content.text, params.moveWords)) move = row.content.text.trim();
            if (move !== null) offending = { row, move };
          }
          if (named.length > 0) city = named[named.length - 1];
        }
        if (offending) {
          const r = offending.row;
          const ref = r.city?.ref ?? r.content?.ref ?? r.date?.ref;
          if (ref) emit(ref, message(date, offending.move, this.clause), { projectKey: p.key });
        }
      }
    }
  },
};
