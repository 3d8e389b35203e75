/** C-REQUIRED's messages, joined in loops (round 14), against the plain arrays they replaced. */
import fc from 'fast-check';
import { columnMessage, message } from '../../../src/core/rules/common/required';
import { cite } from '../../../src/core/rules/clauses';

const plainQuoted = (labels: string[]) => labels.map((l) => `“${l}”`).join('');
const plainMessage = (labels: string | string[], clause: string) => cite(`必填项${plainQuoted(([] as string[]).concat(labels))}未填写`, clause);
const plainColumnMessage = (labels: string | string[], count: number, clause: string) => {
  const list = ([] as string[]).concat(labels);
  return cite(`表中没有必填项${plainQuoted(list)}${list.length > 1 ? '各列' : '一列'}，${count} 个项目均未填写`, clause);
};

const label = fc.oneof(fc.constantFrom('培训对象', '联系人', '电话', '培训班主题', ''), fc.string({ maxLength: 6 }));
const labels = fc.oneof(label, fc.array(label, { maxLength: 5 }));
const clause = fc.constantFrom('', '国科才函〔2022〕39号 附件2 培训需求表');

describe('C-REQUIRED messages', () => {
  it('message: one label or a list, as the plain concat/map/join gave it', () => {
    fc.assert(fc.property(labels, clause, (l, c) => message(l, c) === plainMessage(l, c)), { numRuns: 500 });
  });
  it('columnMessage: one label or a list, 各列 for several and 一列 for one', () => {
    fc.assert(fc.property(labels, fc.nat(500), clause, (l, n, c) => columnMessage(l, n, c) === plainColumnMessage(l, n, c)), { numRuns: 500 });
  });
  it('a single label and a list of one read alike', () => {
    expect(message('电话', '')).toBe(message(['电话'], ''));
    expect(columnMessage(['培训对象', '联系人'], 3, '')).toBe('表中没有必填项“培训对象”“联系人”各列，3 个项目均未填写');
  });
});
