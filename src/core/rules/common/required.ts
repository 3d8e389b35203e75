/**
 * C-REQUIRED — 001 附件2《2022年线上出国（境）培训需求表》: the form's fields 培训班主题, 组团单位,
 * 国家（地区）, 人数, 天数, 经费预算, 境外培训机构, 培训对象, 培训目的, 培训主要内容和必要性, 联系人, 电话
 * must be filled in. The finding sits where the value belongs.
 */
import { DEMAND_FIELD_LABELS, type DemandField } from '../../model/records';
import type { Rule } from '../types';
import { DEMAND_FORM, cite } from '../clauses';
import { fieldRef } from '../util';
import type { CommonParams } from './params';

export const REQUIRED_FIELDS: DemandField[] = [
  'theme',
  'unit',
  'countries',
  'people',
  'days',
  'budget',
  'institution',
  'targets',
  'purpose',
  'content',
  'contact',
  'phone',
];

const FORM_WORDS = /[☐□☑■√✓✔_＿]|机构名称|是否境外培训合作机构/;

/** What is left of a cell once the form's own printed words (机构名称：, ticks, underscores) are removed. */
export function filledText(text: string): string {
  return text
    .replace(/[（(]\s*是否境外培训合作机构[^）)]*[）)]?/g, '')
    .replace(/机构名称\s*[:：]?/g, '')
    .replace(/[☐□☑■√✓✔_＿\s\u3000]/g, '');
}

export const message = (label: string, clause: string) => cite(`必填项“${label}”未填写`, clause);

export const columnMessage = (label: string, count: number, clause: string) =>
  cite(`表中没有必填项“${label}”一列，${count} 个项目均未填写`, clause);

export const required: Rule<CommonParams> = {
  id: 'C-REQUIRED',
  pack: 'common',
  severity: 'error',
  clause: DEMAND_FORM,
  description: '需求表必填项为空',
  check(ctx, _params, emit) {
    // A list without the column at all: one finding per sheet and column, not one per row — a plan
    // list of 200 projects should not bury the reviewer under 200 identical findings.
    const missingColumn = new Map<string, { first: (typeof ctx.parsed.projects)[number]; count: number }>();
    for (const p of ctx.parsed.projects) {
      for (const f of REQUIRED_FIELDS) {
        if (p.layout === 'list' && !p.fields[f] && !p.slots[f]) {
          const k = `${p.source.file}\u0000${p.source.sheet}\u0000${f}`;
          const seen = missingColumn.get(k);
          if (seen) seen.count++;
          else missingColumn.set(k, { first: p, count: 1 });
          continue;
        }
        const text = p.fields[f]?.text ?? '';
        if (text.trim() !== '' && !FORM_WORDS.test(text)) continue;
        if (filledText(text) !== '') continue;
        emit(fieldRef(p, f), message(DEMAND_FIELD_LABELS[f], this.clause), { projectKey: p.key });
      }
    }
    for (const [k, { first, count }] of missingColumn) {
      const f = k.slice(k.lastIndexOf('\u0000') + 1) as DemandField;
      emit(fieldRef(first, f), columnMessage(DEMAND_FIELD_LABELS[f], count, this.clause), { projectKey: first.key });
    }
  },
};
