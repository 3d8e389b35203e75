import { cells, findings, project as anyProject, rate, standard, workbook, type ProjectSpec } from './builders';

// Every MO-* rule is online only (RULES.md "Training mode"): these projects are read as online.
const project = (spec: ProjectSpec = {}) => anyProject({ mode: 'online', ...spec });

describe('MO-CLASS-SIZE (每班规模一般不超过150人)', () => {
  it('passes 150, warns 151', () => {
    expect(findings(workbook({ projects: [project({ people: 150 })] }), 'MO-CLASS-SIZE')).toEqual([]);
    const fs = findings(workbook({ projects: [project({ people: 151 })] }), 'MO-CLASS-SIZE');
    expect(cells(fs)).toEqual(['需求表!D2']);
    expect(fs[0].severity).toBe('warning');
  });
});

describe('MO-DURATION (一般控制在一周以内)', () => {
  it('passes 7 days, warns 8', () => {
    expect(findings(workbook({ projects: [project({ days: 7 })] }), 'MO-DURATION')).toEqual([]);
    expect(cells(findings(workbook({ projects: [project({ days: 8 })] }), 'MO-DURATION'))).toEqual(['需求表!E2']);
  });
});

describe('MO-FEE (人数 × 天数 × 培训费标准 × 汇率 ÷ 10000)', () => {
  // 10 people × 5 days × 87 USD (shipped 美国 standard) × 7.1 ÷ 10000 = 3.0885 万元
  const fee = (budgetWan: number, extra: Partial<Parameters<typeof workbook>[0]> = {}) =>
    workbook({ projects: [project({ countries: ['美国'], people: 10, days: 5, budgetWan })], rates: [rate('美元', 7.1)], ...extra });
  it('passes a budget exactly at the cap', () => expect(findings(fee(3.0885), 'MO-FEE')).toEqual([]));
  it('fails 0.0001 万元 over the cap, at the 经费预算 cell, naming the figures', () => {
    const fs = findings(fee(3.0886), 'MO-FEE');
    expect(cells(fs)).toEqual(['需求表!F2']);
    expect(fs[0].message).toBe(
      '经费预算3.0886万元，高于按培训费标准计算的资助额3.0885万元（10人×5天×美国培训费标准87美元×汇率7.1÷10000），请核实超出部分的用途和经费来源（国科才函〔2022〕39号 一、3，财行〔2014〕4号）',
    );
    expect(fs[0].severity).toBe('warning');
    expect(fs[0].data).toEqual({ budgetWan: 3.0886, subsidyWan: 3.0885, people: 10, days: 5, country: '美国', feePerDay: 87, currency: 'USD', rate: 7.1 });
    expect(findings(fee(3.0886), 'MO-FEE-UNKNOWN')).toEqual([]);
  });
  it("uses the workbook's own 费用标准 over the shipped one", () => {
    expect(findings(fee(3.5, { standards: [standard('美国', 'USD', 100)] }), 'MO-FEE')).toEqual([]);
    expect(findings(fee(3.6, { standards: [standard('美国', 'USD', 100)] }), 'MO-FEE')).toHaveLength(1);
  });
  it('skips a project whose 人数 is an Excel error (C-NUMBER reports it)', () => {
    const wb = workbook({ projects: [project({ countries: ['美国'], people: { error: '#N/A' }, budgetWan: 100 })], rates: [rate('USD', 7.1)] });
    expect(findings(wb, 'MO-FEE')).toEqual([]);
    expect(findings(wb, 'MO-FEE-UNKNOWN')).toEqual([]);
    expect(cells(findings(wb, 'C-NUMBER'))).toEqual(['需求表!D2']);
  });
});

describe('MO-FEE-UNKNOWN', () => {
  it('warns when the country has a standard but no exchange rate', () => {
    const fs = findings(workbook({ projects: [project({ countries: ['美国'] })] }), 'MO-FEE-UNKNOWN');
    expect(cells(fs)).toEqual(['需求表!C2']);
    expect(fs[0].message).toContain('美元汇率');
    expect(fs[0].severity).toBe('info');
    expect(fs[0].data).toEqual({ country: '美国', missing: 'rate', currency: 'USD' });
  });
  it('warns when the country has no standard', () => {
    const fs = findings(workbook({ projects: [project({ countries: ['法国'] })], rates: [rate('EUR', 7.8)] }), 'MO-FEE-UNKNOWN');
    expect(fs[0].message).toContain('没有“法国”的培训费标准');
  });
  it('passes when --standards supplies the standard and rate', () => {
    const wb = workbook({ projects: [project({ countries: ['法国'], people: 10, days: 5, budgetWan: 1 })] });
    const options = { standards: { standards: [standard('法国', 'EUR', 70)], rates: [rate('欧元', 7.8)] } };
    expect(findings(wb, 'MO-FEE-UNKNOWN', options)).toEqual([]);
    expect(findings(wb, 'MO-FEE', options)).toEqual([]);
    expect(findings({ ...wb, projects: [project({ countries: ['法国'], people: 10, days: 5, budgetWan: 2.74 })] }, 'MO-FEE', options)).toHaveLength(1);
  });
});

describe('MO-DEADLINE (2022年6月20日前报送)', () => {
  it('passes on the deadline, warns a day later', () => {
    expect(findings(workbook({ projects: [project({ filedDate: '2022-06-20' })] }), 'MO-DEADLINE')).toEqual([]);
    expect(cells(findings(workbook({ projects: [project({ filedDate: '2022-06-21' })] }), 'MO-DEADLINE'))).toEqual(['需求表!P2']);
  });
  it('follows the deadline parameter', () => {
    expect(findings(workbook({ projects: [project({ filedDate: '2022-06-21' })] }), 'MO-DEADLINE', { params: { 'most2022-online.deadline': '2022-06-27' } })).toEqual([]);
  });
});

describe('most2022-online is online only (RULES.md "Training mode")', () => {
  const big: ProjectSpec = { people: 200, days: 21, filedDate: '2022-07-01', countries: ['美国'], budgetWan: 999 };
  it('gives no MO-* finding on an offline project, stated or assumed', () => {
    for (const mode of ['offline', undefined] as const) {
      const fs = findings(workbook({ projects: [anyProject({ ...big, mode })] }), 'MO-CLASS-SIZE')
        .concat(findings(workbook({ projects: [anyProject({ ...big, mode })] }), 'MO-DURATION'))
        .concat(findings(workbook({ projects: [anyProject({ ...big, mode })], rates: [rate('USD', 7.1)] }), 'MO-FEE'))
        .concat(findings(workbook({ projects: [anyProject({ ...big, mode })] }), 'MO-FEE-UNKNOWN'))
        .concat(findings(workbook({ projects: [anyProject({ ...big, mode })] }), 'MO-DEADLINE'));
      expect(fs).toEqual([]);
    }
  });
  it('gives every MO-* finding on the same project read as online', () => {
    const ids = (wb: ReturnType<typeof workbook>) => ['MO-CLASS-SIZE', 'MO-DURATION', 'MO-FEE', 'MO-DEADLINE'].filter((id) => findings(wb, id).length === 1);
    expect(ids(workbook({ projects: [project(big)], rates: [rate('USD', 7.1)] }))).toEqual(['MO-CLASS-SIZE', 'MO-DURATION', 'MO-FEE', 'MO-DEADLINE']);
  });
});

describe('C-MODE-MISSING (most2022-online runs, the mode was assumed)', () => {
  it('warns once per assumed project at the 培训形式 cell, else the theme cell', () => {
    const withSlot = anyProject({ key: 'a', row: 1 });
    withSlot.slots.mode = { sheet: '需求表', row: 1, col: 13 };
    const noField = anyProject({ key: 'b', row: 2 });
    const fs = findings(workbook({ projects: [withSlot, noField] }), 'C-MODE-MISSING');
    expect(cells(fs)).toEqual(['需求表!N2', '需求表!A3']);
    expect(fs.map((f) => [f.severity, f.projectKey])).toEqual([['warning', 'a'], ['warning', 'b']]);
  });
  it('is quiet for a stated or inferred mode', () => {
    expect(findings(workbook({ projects: [anyProject({ mode: 'offline' }), anyProject({ mode: 'online', row: 2 })] }), 'C-MODE-MISSING')).toEqual([]);
  });
  it('is quiet when most2022-online does not run', () => {
    expect(findings(workbook({ projects: [anyProject()] }), 'C-MODE-MISSING', { packs: ['zj2017', 'sc2020'] })).toEqual([]);
  });
});
