/**
 * ZJ-PREDEPARTURE — 浙外专发〔2017〕14号 三(一)：“组团单位应在团组出发前认真组织开展行前教育…
 * 未经行前教育的人员不得派出参加出国（境）培训”. Each participant needs a 行前教育 date on or before
 * the departure date. A list without the column gets one finding at its first participant.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { formatDate } from '../dates';
import { ok } from '../util';
import type { Zj2017Params } from './params';

export const messages = {
  noColumn: (clause: string) => cite('人员名单没有“行前教育日期”，无法确认参训人员已接受行前教育', clause),
  blank: (name: string, clause: string) => cite(`参训人员“${name}”没有行前教育日期，未经行前教育的人员不得派出`, clause),
  unreadable: (name: string, text: string, clause: string) => cite(`参训人员“${name}”的行前教育日期“${text}”无法识别`, clause),
  late: (name: string, date: string, depart: string, clause: string) =>
    cite(`参训人员“${name}”的行前教育日期${formatDate(date)}晚于出发日期${formatDate(depart)}`, clause),
};

export const predeparture: Rule<Zj2017Params> = {
  id: 'ZJ-PREDEPARTURE',
  pack: 'zj2017',
  severity: 'error',
  clause: `${ZJ2017} 三(一)`,
  description: '参训人员没有行前教育日期，或行前教育晚于出发日期',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const people = ctx.participantsFor(p);
      if (people.length === 0) continue;
      const depart = ok(p.departDate);
      if (people.every((x) => x.predeparture === null)) {
        emit(people[0].name.ref, messages.noColumn(this.clause), { projectKey: p.key, data: { participants: people.length } });
        continue;
      }
      for (const x of people) {
        const r = x.predeparture;
        const name = x.name.text.trim();
        if (!r || (!r.ok && r.problem === 'blank')) emit(r?.ref ?? x.name.ref, messages.blank(name, this.clause), { projectKey: p.key, data: { name } });
        else if (!r.ok) emit(r.ref, messages.unreadable(name, r.text, this.clause), { projectKey: p.key, data: { name, text: r.text } });
        else if (depart && r.value > depart) emit(r.ref, messages.late(name, r.value, depart, this.clause), { projectKey: p.key, data: { name, predeparture: r.value, departDate: depart } });
      }
    }
  },
};
