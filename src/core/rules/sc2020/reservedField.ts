/**
 * SC-RESERVED-FIELD (warning) — 四川 2020 预通知 二(三)3：“立法、司法、公安、民族、宗教等领域的培训…由中央
 * 主管部门在其职能范围内统一组织申报，省、市地方单位不再申报”. The theme (or else the unit) names such a field.
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import { containsAny } from '../util';
import type { Sc2020Params } from './params';

export const message = (what: string, text: string, word: string, clause: string) =>
  cite(`${what}“${text}”属“${word}”领域，此类培训由中央主管部门统一组织申报，地方单位不再申报`, clause);

export const reservedField: Rule<Sc2020Params> = {
  id: 'SC-RESERVED-FIELD',
  pack: 'sc2020',
  severity: 'warning',
  clause: `${SC2020} 二(三)3`,
  description: '主题或单位属立法、司法、公安、民族、宗教领域（由中央主管部门申报）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      for (const [f, what] of [
        [p.fields.theme, '培训班主题'],
        [p.fields.unit, '组团单位'],
      ] as const) {
        const word = f ? containsAny(f.text, params.reservedWords) : undefined;
        if (f && word) {
          emit(f.ref, message(what, f.text.trim(), word, this.clause), { projectKey: p.key, data: { field: f === p.fields.theme ? 'theme' : 'unit', text: f.text.trim(), word } });
          break;
        }
      }
    }
  },
};
