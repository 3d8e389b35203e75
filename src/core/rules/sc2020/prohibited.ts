/**
 * SC-PROHIBITED (warning) — 四川 2020 预通知 二(五) 禁止组织项目：“不得申报…参观考察性质的一般性培训项目”；
 * “无外事审批权的学会、协会、基金会、培训中心等单位不得组织跨地区跨部门培训团组项目”；“坚决制止假借培训名义
 * 变相公款出国（境）旅游的行为”. Signs: a theme about 旅游/观光/参观考察 only; an association or training
 * centre organising a group across regions or departments (said in the theme or 培训对象).
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import { containsAny } from '../util';
import type { Sc2020Params } from './params';

export const messages = {
  theme: (theme: string, word: string, clause: string) => cite(`培训班主题“${theme}”含“${word}”而无培训内容，疑似参观考察或变相旅游项目`, clause),
  organiser: (unit: string, word: string, cross: string, clause: string) =>
    cite(`组团单位“${unit}”为${word}类单位，组织“${cross}”团组，学会、协会、基金会、培训中心等不得组织跨地区跨部门培训团组`, clause),
};

export const prohibited: Rule<Sc2020Params> = {
  id: 'SC-PROHIBITED',
  pack: 'sc2020',
  severity: 'warning',
  clause: `${SC2020} 二(五)`,
  description: '疑似禁止组织的项目（参观考察、旅游；学会协会等组织跨地区跨部门团组）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const theme = p.fields.theme;
      if (theme) {
        const word = containsAny(theme.text, params.prohibitedWords);
        if (word && !containsAny(theme.text, params.substanceWords)) emit(theme.ref, messages.theme(theme.text.trim(), word, this.clause), { projectKey: p.key, data: { kind: 'theme', theme: theme.text.trim(), word } });
      }
      const unit = p.fields.unit;
      const org = unit ? containsAny(unit.text, params.organiserWords) : undefined;
      if (unit && org) {
        const cross = containsAny(`${theme?.text ?? ''} ${p.fields.targets?.text ?? ''}`, params.crossWords);
        if (cross) emit(unit.ref, messages.organiser(unit.text.trim(), org, cross, this.clause), { projectKey: p.key, data: { kind: 'organiser', unit: unit.text.trim(), word: org, cross } });
      }
    }
  },
};
