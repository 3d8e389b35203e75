/**
 * The most2022-online rules at the edges the main tests leave: which project a finding belongs to, parameters, figures
 * in the message, values that could not be read. Every project here is online (培训形式 线上): the pack is online only.
 */
import { findings, project, rate, standard, workbook, type ProjectSpec } from '../builders';

const online = (spec: ProjectSpec = {}) => project({ mode: 'online', ...spec });

function second(ruleId: string, spec: ProjectSpec, extra: Parameters<typeof workbook>[0] = {}) {
  const wb = workbook({ projects: [online({ key: 'OK', row: 1, days: 5 }), online({ key: 'BAD', row: 2, ...spec })], ...extra });
  return findings(wb, ruleId).map((f) => [f.projectKey, `${f.sheet}!${f.cell}`]);
}

describe('every most2022-online finding names its project (projectKey) and points at its row', () => {
  it('MO-CLASS-SIZE', () => expect(second('MO-CLASS-SIZE', { people: 151 })).toEqual([['BAD', '需求表!D3']]));
  it('MO-DURATION', () => expect(second('MO-DURATION', { days: 8 })).toEqual([['BAD', '需求表!E3']]));
  it('MO-DEADLINE', () => expect(second('MO-DEADLINE', { filedDate: '2022-06-21' })).toEqual([['BAD', '需求表!P3']]));
  it('MO-FEE', () => {
    // OK: 10 × 5 × 87 × 7.1 ÷ 10000 = 3.0885 万元 (at the standard); BAD: 10 万元
    const wb = workbook({
      projects: [
        online({ key: 'OK', row: 1, countries: ['美国'], people: 10, days: 5, budgetWan: 3.0885 }),
        online({ key: 'BAD', row: 2, countries: ['美国'], people: 10, days: 5, budgetWan: 10 }),
      ],
      rates: [rate('美元', 7.1)],
    });
    expect(findings(wb, 'MO-FEE').map((f) => [f.projectKey, f.cell])).toEqual([['BAD', 'F3']]);
  });
  it('MO-FEE-UNKNOWN', () => {
    const wb = workbook({
      projects: [online({ key: 'OK', row: 1, countries: ['美国'] }), online({ key: 'BAD', row: 2, countries: ['法国'] })],
      rates: [rate('美元', 7.1)],
    });
    expect(findings(wb, 'MO-FEE-UNKNOWN').map((f) => [f.projectKey, f.cell])).toEqual([['BAD', 'C3']]);
    const noRate = workbook({
      projects: [online({ key: 'OK', row: 1, countries: ['美国'] }), online({ key: 'BAD', row: 2, countries: ['日本'] })],
      rates: [rate('美元', 7.1)],
    });
    expect(findings(noRate, 'MO-FEE-UNKNOWN').map((f) => [f.projectKey, f.cell])).toEqual([['BAD', 'C3']]);
  });
});

describe('MO-CLASS-SIZE and MO-DURATION', () => {
  it('say their figures', () => {
    expect(findings(workbook({ projects: [online({ people: 151 })] }), 'MO-CLASS-SIZE')[0].message).toMatch(/^每班规模151人，超过150人（/);
    expect(findings(workbook({ projects: [online({ days: 8 })] }), 'MO-DURATION')[0].message).toMatch(
      /^培训时间8天，超过7天（一般控制在一周以内）（/,
    );
  });
  it('follow their parameters', () => {
    const big = workbook({ projects: [online({ people: 151, days: 8 })] });
    expect(findings(big, 'MO-CLASS-SIZE', { params: { 'most2022-online.maxClassSize': 151 } })).toEqual([]);
    expect(findings(big, 'MO-DURATION', { params: { 'most2022-online.maxDays': 8 } })).toEqual([]);
    const bigger = workbook({ projects: [online({ people: 152, days: 9 })] });
    expect(findings(bigger, 'MO-CLASS-SIZE', { params: { 'most2022-online.maxClassSize': 151 } })).toHaveLength(1);
    expect(findings(bigger, 'MO-DURATION', { params: { 'most2022-online.maxDays': 8 } })).toHaveLength(1);
  });
  it('skip a project without the field', () => {
    const wb = workbook({ projects: [online({ people: null, days: null })] });
    expect(findings(wb, 'MO-CLASS-SIZE')).toEqual([]);
    expect(findings(wb, 'MO-DURATION')).toEqual([]);
  });
  it('skip figures that could not be read', () => {
    const wb = workbook({ projects: [online({ people: { bad: '二百' }, days: { error: '#VALUE!' } })] });
    expect(findings(wb, 'MO-CLASS-SIZE')).toEqual([]);
    expect(findings(wb, 'MO-DURATION')).toEqual([]);
  });
});

describe('MO-FEE', () => {
  const fee = (spec: ProjectSpec, extra: Parameters<typeof workbook>[0] = {}) =>
    workbook({ projects: [online({ countries: ['美国'], people: 10, days: 5, ...spec })], rates: [rate('美元', 7.1)], ...extra });

  it('shows how the subsidy at the standard is computed', () => {
    expect(findings(fee({ budgetWan: 3.0886 }), 'MO-FEE')[0].message).toContain('10人×5天×美国培训费标准87美元×汇率7.1÷10000');
    const euro = workbook({ projects: [online({ countries: ['德国'], people: 2, days: 3, budgetWan: 1 })], rates: [rate('EUR', 7.8)] });
    expect(findings(euro, 'MO-FEE')[0].message).toContain('2人×3天×德国培训费标准66欧元×汇率7.8÷10000');
  });

  it('says nothing about a budget it could not read, or of 0', () => {
    expect(findings(fee({ budgetWan: { bad: '待定' } }), 'MO-FEE')).toEqual([]);
    expect(findings(fee({ budgetWan: { bad: '待定' } }), 'MO-FEE-UNKNOWN')).toEqual([]);
    expect(findings(fee({ budgetWan: 0 }), 'MO-FEE')).toEqual([]);
    expect(findings(fee({ budgetWan: null }), 'MO-FEE')).toEqual([]);
    expect(findings(fee({ budgetWan: null }), 'MO-FEE-UNKNOWN')).toEqual([]);
  });

  it('checks nothing without the standard or the rate (MO-FEE-UNKNOWN says so)', () => {
    expect(findings(fee({ budgetWan: 100 }, { rates: [] }), 'MO-FEE')).toEqual([]);
    expect(findings(fee({ budgetWan: 100, countries: ['法国'] }), 'MO-FEE')).toEqual([]);
  });
});

describe('MO-FEE-UNKNOWN', () => {
  it('names the country and the currency whose rate is missing', () => {
    const [f] = findings(workbook({ projects: [online({ countries: ['日本'] })], rates: [rate('美元', 7.1)] }), 'MO-FEE-UNKNOWN');
    expect(f.message).toMatch(/^“日本”的培训费标准以日元计，但没有日元汇率，无法核对经费预算/);
  });
  it('a standard in a currency given by its code is named by its code', () => {
    const wb = workbook({ projects: [online({ countries: ['瑞士'] })], standards: [standard('瑞士', 'chf', 90)] });
    expect(findings(wb, 'MO-FEE-UNKNOWN')[0].message).toMatch(/以CHF计，但没有CHF汇率/);
  });
  it('names the country without a standard', () => {
    const [f] = findings(workbook({ projects: [online({ countries: ['法国'] })] }), 'MO-FEE-UNKNOWN');
    expect(f.message).toMatch(/^没有“法国”的培训费标准，无法核对经费预算（请在“费用标准”表中补充）/);
  });
  it('points at where the countries belong when the field is missing, and skips an unreadable budget', () => {
    expect(findings(workbook({ projects: [online({ countries: ['法国'], budgetWan: { error: '#N/A' } })] }), 'MO-FEE-UNKNOWN')).toEqual([]);
    expect(findings(workbook({ projects: [online({ countries: ['法国'], budgetWan: '' })] }), 'MO-FEE-UNKNOWN')).toEqual([]);
  });
});

describe('MO-DEADLINE', () => {
  it('says both dates', () => {
    const [f] = findings(workbook({ projects: [online({ filedDate: '2022-06-21' })] }), 'MO-DEADLINE');
    expect(f.message).toMatch(/^填报日期2022年6月21日晚于需求征集截止日期2022年6月20日/);
  });
  it('skips a 填报日期 it could not read', () => {
    expect(findings(workbook({ projects: [online({ filedDate: { bad: '六月底' } })] }), 'MO-DEADLINE')).toEqual([]);
  });
});

describe('every most2022-online finding carries its figures (data)', () => {
  it('MO-CLASS-SIZE, MO-DURATION, MO-DEADLINE', () => {
    const wb = workbook({ projects: [online({ people: 151, days: 8, filedDate: '2022-06-21' })] });
    expect(findings(wb, 'MO-CLASS-SIZE')[0].data).toEqual({ people: 151, maxClassSize: 150 });
    expect(findings(wb, 'MO-DURATION')[0].data).toEqual({ days: 8, maxDays: 7 });
    expect(findings(wb, 'MO-DEADLINE')[0].data).toEqual({ filedDate: '2022-06-21', deadline: '2022-06-20' });
  });
  it('MO-FEE-UNKNOWN says what is missing', () => {
    expect(findings(workbook({ projects: [online({ countries: ['法国'] })] }), 'MO-FEE-UNKNOWN')[0].data).toEqual({
      country: '法国',
      missing: 'standard',
    });
    expect(findings(workbook({ projects: [online({ countries: ['日本'] })] }), 'MO-FEE-UNKNOWN')[0].data).toEqual({
      country: '日本',
      missing: 'rate',
      currency: 'JPY',
    });
  });
});
