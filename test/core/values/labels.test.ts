import { DEMAND_INDEX, DEMAND_LABELS, matchLabel, normaliseLabel, SCHEDULE_INDEX, STANDARDS_INDEX } from '../../../src/core/values/labels';
import { DEMAND_FIELD_LABELS } from '../../../src/core/model/records';

describe('normaliseLabel', () => {
  test.each([
    ['经费预算（万元）', '经费预算', '万元'],
    ['经费预算\n（万元）', '经费预算', '万元'],
    ['经费预算(元)', '经费预算', '元'],
    ['人数（人）', '人数', '人'],
    ['在外天数\n（天）', '在外天数', '天'],
    ['培训班主题：', '培训班主题', null],
    ['培训班主题:', '培训班主题', null],
    ['人 数', '人数', null],
    ['联　系　人', '联系人', null],
    ['国家（地区）', '国家(地区)', null],
    ['国家(地区)', '国家(地区)', null],
    ['*培训班主题', '培训班主题', null],
  ])('%j', (text, key, unit) => {
    expect(normaliseLabel(text)).toEqual({ key, unit });
  });
});

describe('synonym tables', () => {
  test('every demand field has its canonical label among its synonyms', () => {
    for (const [field, label] of Object.entries(DEMAND_FIELD_LABELS)) {
      expect(DEMAND_INDEX.get(normaliseLabel(label).key) ?? (field === 'adminPhone' ? 'adminPhone' : undefined)).toBe(field);
    }
  });
  test('FORMS.md labels map to their fields', () => {
    const forms: [string, string][] = [
      ['编号', 'projectId'], ['主管部门', 'adminDept'], ['计划出访时间', 'plannedTime'], ['团组名称', 'theme'], ['派出单位', 'unit'],
      ['手机', 'phone'], ['国家/地区', 'countries'], ['赴往国家', 'countries'], ['申报人数', 'people'], ['在外停留天数', 'days'],
      ['预算', 'budget'], ['参训对象', 'targets'], ['承办机构', 'institution'], ['是否合作机构', 'isPartner'], ['主要内容和必要性', 'content'],
      ['团组类别', 'category'], ['其中公务员', 'civilServants'], ['是否纳入因公出国（境）经费预算', 'inBudget'], ['申报日期', 'filedDate'],
      ['出境日期', 'departDate'], ['入境日期', 'returnDate'], ['公示结束日期', 'noticeEnd'], ['绩效自评日期', 'reportDate'],
    ];
    for (const [label, field] of forms) expect([label, matchLabel(DEMAND_INDEX, label)]).toEqual([label, field]);
    expect(matchLabel(DEMAND_INDEX, '组团单位公章')).toBeUndefined();
    expect(matchLabel(SCHEDULE_INDEX, '上下午')).toBe('slot');
    expect(matchLabel(SCHEDULE_INDEX, '所在城市')).toBe('city');
    expect(matchLabel(STANDARDS_INDEX, '培训费（每人每天）')).toBe('feePerDay');
  });
  test('no label names two demand fields', () => {
    const seen = new Map<string, string>();
    for (const [field, labels] of Object.entries(DEMAND_LABELS)) {
      for (const l of labels) {
        const k = normaliseLabel(l).key;
        if (seen.has(k)) expect([k, seen.get(k)]).toEqual([k, field]);
        seen.set(k, field);
      }
    }
  });
});
