import fc from 'fast-check';
import { DEMAND_INDEX, DEMAND_LABELS, demandLabelField, isSeqLabel, labelHead, labelHeadKinds, matchLabel, MAY_BE_DEMAND, MAY_BE_SCHEDULE, mayBeDemandOrSeqLabel, mayBeLabel, mayBeScheduleLabel, normaliseLabel, SCHEDULE_INDEX, SCHEDULE_LABELS, STANDARDS_INDEX, textLabels } from '../../../src/core/values/labels';
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

describe('labelHead and the lookup shortcut', () => {
  // characters normaliseLabel treats specially, plus label and non-label text
  const alphabet = [' ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\n', '*', '＊', '※', ':', '：', '(', ')', '（', '）', '【', '】', '〔', '〕', '［', '］', '万元', '人', '元', '天', '１', '1', 'N', 'o', '.', '经费预算', '人数', '序号', '日期', '上午', '公示期', '柏林', '专题讲座'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((xs) => xs.join(''));

  test('is the first character of the normalised key, or -1 for an empty key', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => {
        const key = normaliseLabel(s).key;
        const head = labelHead(s);
        // an empty key matches nothing, so any head is harmless there
        if (key !== '') expect(head).toBe(key.charCodeAt(0));
      }),
      { numRuns: 3000 },
    );
  });
  test('boundary cases', () => {
    expect(labelHead('  ＊【经费】')).toBe('('.charCodeAt(0));
    expect(labelHead('※　人数')).toBe('人'.charCodeAt(0));
    expect(labelHead('１２')).toBe('1'.charCodeAt(0));
    expect(labelHead(' \u200b ')).toBe(-1);
  });
  test('matchLabel and isSeqLabel give what the plain key lookup gives', () => {
    fc.assert(
      fc.property(text, (s) => {
        const key = normaliseLabel(s).key;
        expect(matchLabel(DEMAND_INDEX, s)).toBe(DEMAND_INDEX.get(key));
        expect(matchLabel(SCHEDULE_INDEX, s)).toBe(SCHEDULE_INDEX.get(key));
        expect(isSeqLabel(s)).toBe(['序号', '编号序号', 'No', 'No.', 'NO', 'NO.'].includes(key));
        expect(demandLabelField(s)).toBe(DEMAND_INDEX.get(key) ?? (['公示期', '公示时间', '公示期间'].includes(key) ? 'noticePeriod' : undefined));
      }),
      { numRuns: 3000 },
    );
    expect(matchLabel(DEMAND_INDEX, ' 经费预算\n（万元）')).toBe('budget');
    expect(matchLabel(DEMAND_INDEX, '专题讲座')).toBeUndefined();
  });
  test('mayBe…Label on the raw (untrimmed) cell value is false only when the trimmed text names nothing', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (raw) => {
        const t = raw.trim();
        if (!mayBeDemandOrSeqLabel(raw)) {
          expect(demandLabelField(t)).toBeUndefined();
          expect(isSeqLabel(t)).toBe(false);
        }
        if (!mayBeLabel(SCHEDULE_INDEX, raw)) expect(matchLabel(SCHEDULE_INDEX, t)).toBeUndefined();
        // both tests at once, as one labelHead
        expect(labelHeadKinds(raw)).toBe((mayBeDemandOrSeqLabel(raw) ? MAY_BE_DEMAND : 0) | (mayBeLabel(SCHEDULE_INDEX, raw) ? MAY_BE_SCHEDULE : 0));
      }),
      { numRuns: 3000 },
    );
    expect(mayBeDemandOrSeqLabel(' \u3000经费预算（万元）')).toBe(true);
    expect(mayBeDemandOrSeqLabel('序号')).toBe(true);
    expect(mayBeDemandOrSeqLabel('No.')).toBe(true);
    expect(mayBeDemandOrSeqLabel('公示期')).toBe(true);
    expect(mayBeDemandOrSeqLabel('专题讲座')).toBe(false);
    expect(mayBeLabel(SCHEDULE_INDEX, '\n日 期')).toBe(true);
    expect(mayBeLabel(SCHEDULE_INDEX, '柏林')).toBe(false);
    expect(labelHeadKinds('柏林')).toBe(0);
    expect(labelHeadKinds('经费预算')).toBe(MAY_BE_DEMAND);
    expect(labelHeadKinds('\n日 期')).toBe(MAY_BE_SCHEDULE);
    expect(labelHeadKinds('国家（地区）')).toBe(MAY_BE_DEMAND | MAY_BE_SCHEDULE);
  });
  test('labelHeadKinds and mayBeScheduleLabel (a table by first character) agree with the lookups for every first code unit', () => {
    const both = (raw: string) => (mayBeDemandOrSeqLabel(raw) ? MAY_BE_DEMAND : 0) | (mayBeLabel(SCHEDULE_INDEX, raw) ? MAY_BE_SCHEDULE : 0);
    let demand = 0;
    let schedule = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const raw = String.fromCharCode(c) + '期';
      const k = labelHeadKinds(raw);
      expect(k).toBe(both(raw));
      expect(mayBeScheduleLabel(raw)).toBe((k & MAY_BE_SCHEDULE) !== 0);
      if (k & MAY_BE_DEMAND) demand++;
      if (k & MAY_BE_SCHEDULE) schedule++;
      // followed by a schedule head and by a demand head: a code unit that labelHead passes over (a space, a
      // star) must give the next one's kinds, and one it stops at its own
      for (const next of ['日', '经']) expect(labelHeadKinds(String.fromCharCode(c) + next)).toBe(both(String.fromCharCode(c) + next));
    }
    // the table is not empty either way (a table of zeros would pass the comparisons above only with empty lookups)
    expect(demand).toBeGreaterThan(10);
    expect(schedule).toBeGreaterThan(5);
    // nothing to look at: no first character
    for (const raw of ['', ' ', '\u3000\t', '**']) expect(labelHeadKinds(raw)).toBe(0);
    expect(labelHeadKinds('\ud83d\ude00日期')).toBe(0); // a surrogate first
    expect(labelHeadKinds('\uff08序号')).toBe(both('\uff08序号')); // a full-width form, folded before the look-up
  });
  test('textLabels gives what the three lookups give within a header label\'s lengths, asked afresh or remembered', () => {
    const direct = (t: string) => ({
      demand: t.length <= 40 ? demandLabelField(t) : undefined,
      seq: t.length <= 40 ? isSeqLabel(t) : false,
      schedule: t.length <= 20 ? matchLabel(SCHEDULE_INDEX, t) : undefined,
    });
    const labels = [...Object.values(DEMAND_LABELS).flat(), ...Object.values(SCHEDULE_LABELS).flat(), '序号', 'No.', '公示期', '上午', '星期一', '柏林'];
    // a label padded with spaces inside to either side of the 20 and 40 character limits
    const padded = fc.tuple(fc.constantFrom(...labels), fc.integer({ min: 0, max: 42 })).map(([l, n]) => (l.length > 1 ? l[0] + ' '.repeat(n) + l.slice(1) : l));
    fc.assert(
      fc.property(fc.oneof(padded, text, fc.string({ unit: 'binary' })), (raw) => {
        const t = raw.trim();
        expect({ ...textLabels(t) }).toEqual(direct(t));
        expect({ ...textLabels(t) }).toEqual(direct(t)); // remembered
        if (!mayBeScheduleLabel(raw)) expect(matchLabel(SCHEDULE_INDEX, t)).toBeUndefined();
        expect(mayBeScheduleLabel(raw)).toBe(mayBeLabel(SCHEDULE_INDEX, raw));
      }),
      { numRuns: 3000 },
    );
    const at = (n: number) => '日' + ' '.repeat(n - 2) + '期'; // n characters, key 日期
    expect(textLabels(at(20)).schedule).toBe('date');
    expect(textLabels(at(21)).schedule).toBeUndefined();
    const budget = (n: number) => '经' + ' '.repeat(n - 3) + '费预'; // n characters, key 经费预 (no label) …
    expect(textLabels(budget(40)).demand).toBeUndefined();
    const fee = (n: number) => '经' + ' '.repeat(n - 2) + '费'; // … and 经费 (budget)
    expect(textLabels(fee(40)).demand).toBe('budget');
    expect(textLabels(fee(41)).demand).toBeUndefined();
    // past the remembered texts' limit the answers stay right
    for (let i = 0; i < 20050; i++) textLabels(`日期${i}`);
    expect(textLabels('日期').schedule).toBe('date');
    expect(textLabels('日期20049').schedule).toBeUndefined();
  });
  test('a plain text is its own key (fast path) and a text with a unit is not', () => {
    expect(normaliseLabel('培训班主题')).toEqual({ key: '培训班主题', unit: null });
    expect(normaliseLabel('人数(人)')).toEqual({ key: '人数', unit: '人' });
    expect(normaliseLabel('人数:')).toEqual({ key: '人数', unit: null });
  });
});
