import { tallyCe } from '../../../src/core/ceReview';
import { personKey } from '../../../src/core/ce/tally';
import { SettingsError } from '../../../src/core/settings';
import { parsedFrom, register, row, REGISTER_HEADER } from './helpers';

const ce = (wb: ReturnType<typeof register>[], extra: Partial<Parameters<typeof tallyCe>[1]> = {}) =>
  tallyCe(wb, { packs: ['ce2007'], ...extra });

describe('tally: hours per person and year', () => {
  it('sums professional, public, abroad; counts days × 6 when there is no 学时', () => {
    const t = ce([
      register([
        row('张三', '330102199001011234', 30),
        row('张三', '330102199001011234', 20, { subject: '公需科目' }),
        row('张三', '330102199001011234', null, { days: 2 }), // 12 hours, professional
        row('张三', '330102199001011234', null, { form: '出国（境）培训', days: 3 }), // 18 hours abroad
      ]),
    ]);
    expect(t.persons).toHaveLength(1);
    expect(t.persons[0]).toMatchObject({
      name: '张三',
      year: 2024,
      basis: 'ce2007',
      professional: 42,
      publicRecorded: 20,
      publicCounted: 20,
      abroad: 18,
      total: 80,
      required: 72,
      shortfall: 0,
      first: { file: 'register.xlsx', sheet: '学时登记', cell: 'A2' },
    });
  });

  it('71.5 hours falls short by 0.5; 72 does not', () => {
    const t = ce([register([row('甲', 'A', 71.5), row('乙', 'B', 72)])]);
    expect(t.persons.map((p) => [p.name, p.total, p.shortfall])).toEqual([
      ['甲', 71.5, 0.5],
      ['乙', 72, 0],
    ]);
  });

  it('adds exactly: 0.1 + 0.2 + 64.1 + 7.6 is 72 (a float sum gives 71.99999999999999)', () => {
    const t = ce([register([row('甲', 'A', 0.1), row('甲', 'A', 0.2), row('甲', 'A', 64.1), row('甲', 'A', 7.6)])]);
    expect(t.persons[0].total).toBe(72);
    expect(t.persons[0].shortfall).toBe(0);
    expect(t.findings.filter((f) => f.ruleId === 'CE-ANNUAL-HOURS')).toHaveLength(0);
  });

  it('public hours all count by default (revision 2): 47.5 + 24.5 is 72; counted = recorded, publicCapped false', () => {
    const at = (pub: number, prof = 48) =>
      ce([register([row('甲', 'A', prof), row('甲', 'A', pub, { subject: '公需科目' })])]).persons[0];
    expect(at(24)).toMatchObject({ publicRecorded: 24, publicCounted: 24, publicCapped: false, total: 72, shortfall: 0 });
    expect(at(24.5)).toMatchObject({ publicRecorded: 24.5, publicCounted: 24.5, publicCapped: false, total: 72.5, recorded: 72.5, shortfall: 0 });
    expect(at(24.5, 47.5)).toMatchObject({ total: 72, shortfall: 0 });
  });

  it('with ce2007.capPublicHours, public hours count up to a third of 72: 24 fully, 24.5 as 24', () => {
    const at = (pub: number, prof = 48) =>
      ce([register([row('甲', 'A', prof), row('甲', 'A', pub, { subject: '公需科目' })])], { params: { 'ce2007.capPublicHours': true } }).persons[0];
    expect(at(24)).toMatchObject({ publicRecorded: 24, publicCounted: 24, publicCapped: true, total: 72, shortfall: 0 });
    expect(at(24.5)).toMatchObject({ publicRecorded: 24.5, publicCounted: 24, publicCapped: true, total: 72, recorded: 72.5, shortfall: 0 });
    expect(at(24.5, 47.5)).toMatchObject({ total: 71.5, shortfall: 0.5 });
  });

  it('outbound training counts approved days × 6, whatever hours were typed', () => {
    const t = ce([register([row('甲', 'A', 50, { form: '出国(境)培训', days: 10 }), row('乙', 'B', 40, { form: '出国（境）培训' })])]);
    expect(t.persons[0]).toMatchObject({ abroad: 60, total: 60 });
    expect(t.persons[1]).toMatchObject({ abroad: 40 }); // no days: the hours as given
  });

  it('keeps years apart, orders by first row then year, and honours a chosen year', () => {
    const wb = register([row('甲', 'A', 80, { year: 2024 }), row('乙', 'B', 80, { year: 2023 }), row('甲', 'A', 10, { year: 2023 })]);
    expect(ce([wb]).persons.map((p) => [p.name, p.year, p.total])).toEqual([
      ['甲', 2023, 10],
      ['甲', 2024, 80],
      ['乙', 2023, 80],
    ]);
    expect(ce([wb], { year: 2024 }).persons.map((p) => [p.name, p.year])).toEqual([['甲', 2024]]);
  });

  it('an unreadable hour count is not counted as 0 and is reported at its cell', () => {
    const t = ce([register([row('甲', 'A', 70), row('甲', 'A', '若干')])]);
    expect(t.persons[0]).toMatchObject({ total: 70, unreadableRows: 1 });
    const v = t.findings.find((f) => f.ruleId === 'CE-VALUE');
    expect(v).toMatchObject({ severity: 'error', sheet: '学时登记', cell: 'G3' });
    expect(v!.message).toContain('若干');
    expect(t.findings.find((f) => f.ruleId === 'CE-ANNUAL-HOURS')!.message).toContain('另有1行学时无法读取');
  });
});

describe('tally: who is who', () => {
  it('normalises 身份证号: lower-case x and spaces are the same person', () => {
    const t = ce([register([row('张三', '33010219900101123x', 36), row('张三', ' 33010219900101123X ', 36), row('张三', '330102 19900101123X', 1)])]);
    expect(t.persons).toHaveLength(1);
    expect(t.persons[0]).toMatchObject({ idNumber: '33010219900101123X', total: 73 });
    expect(t.conflicts).toHaveLength(0);
  });

  it('keys by 工号 without 身份证号, else by 姓名 + 单位', () => {
    const wb = parsedFrom('f.xlsx', [
      {
        name: 's',
        rows: [
          ['姓名', '工号', '单位', '年度', '学时'],
          ['张三', 'E01', '甲所', 2024, 40],
          ['张三', 'E01', '乙所', 2024, 40], // same 工号: same person even in another unit
          ['李四', null, '甲所', 2024, 40],
          ['李四', null, '乙所', 2024, 40], // no ID: name + unit → two people
        ],
      },
    ]);
    const t = tallyCe([wb], { packs: ['ce2007'] });
    expect(t.persons.map((p) => [p.name, p.unit, p.total])).toEqual([
      ['张三', '甲所', 80],
      ['李四', '甲所', 40],
      ['李四', '乙所', 40],
    ]);
    expect(personKey(wb.ce[0])).toBe('staff:E01');
    expect(personKey(wb.ce[2])).toBe('name:李四|甲所');
  });

  it('namesakes — one name with two different IDs — are two people and no conflict (revision 2)', () => {
    const t = ce([register([row('张三', '330102199001011234', 40), row('李四', '1', 80), row('张三', '330102199201015678', 40)])]);
    expect(t.persons.filter((p) => p.name === '张三')).toHaveLength(2);
    expect(t.conflicts).toEqual([]);
    expect(t.findings.filter((x) => x.ruleId === 'CE-ID-CONFLICT')).toEqual([]);
    // both are still short of 72, each on their own
    expect(t.findings.filter((x) => x.ruleId === 'CE-ANNUAL-HOURS').map((x) => x.cell)).toEqual(['A2', 'A4']);
  });

  it('one ID written with two names is reported, and its rows are one person', () => {
    const t = ce([register([row('张三', '330102199001011234', 40), row('李四', '1', 80), row('张山', '330102199001011234', 40)])]);
    expect(t.persons.map((p) => [p.name, p.total])).toEqual([
      ['张三', 80],
      ['李四', 80],
    ]);
    expect(t.conflicts).toEqual([
      {
        kind: 'idNumber',
        id: '330102199001011234',
        names: [
          { name: '张三', file: 'register.xlsx', sheet: '学时登记', cell: 'A2' },
          { name: '张山', file: 'register.xlsx', sheet: '学时登记', cell: 'A4' },
        ],
      },
    ]);
    const f = t.findings.find((x) => x.ruleId === 'CE-ID-CONFLICT')!;
    expect(f).toMatchObject({ severity: 'warning', file: 'register.xlsx', cell: 'A4', related: [{ sheet: '学时登记', cell: 'A2' }] });
    expect(f.message).toContain('张三');
    expect(f.message).toContain('张山');
  });

  it('a fund finding names its own file, though both files have a sheet 经费 with the same cells', () => {
    const funds = (file: string, fund: number) =>
      parsedFrom(file, [{ name: '经费', rows: [['企业名称', '工资总额（万元）', '职工教育经费（万元）'], ['甲公司', 1000, fund]] }]);
    const t = tallyCe([funds('a.xlsx', 15), funds('b.xlsx', 14)], { packs: ['ce2007'] });
    expect(t.findings).toEqual([expect.objectContaining({ ruleId: 'CE-FUND-SHARE', file: 'b.xlsx', sheet: '经费', cell: 'C2' })]);
  });

  it('an ID with two names across two files: the finding names the file of the second name', () => {
    const t = ce([register([row('张三', '330102199001011234', 40)], 'a.xlsx'), register([row('张山', '330102199001011234', 40)], 'b.xlsx')]);
    expect(t.findings.find((x) => x.ruleId === 'CE-ID-CONFLICT')).toMatchObject({ file: 'b.xlsx', sheet: '学时登记', cell: 'A2' });
    expect(t.conflicts[0].names.map((n) => n.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('tallies one person across several files; findings name the file of the first row', () => {
    const a = register([row('张三', 'X1', 30)], 'a.xlsx');
    const b = register([row('张三', 'X1', 30)], 'b.xlsx');
    const t = ce([a, b]);
    expect(t.persons).toHaveLength(1);
    expect(t.persons[0].rows.map((r) => r.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(t.findings).toEqual([
      expect.objectContaining({ ruleId: 'CE-ANNUAL-HOURS', file: 'a.xlsx', cell: 'A2', related: [{ sheet: '学时登记', cell: 'A2' }] }),
    ]);
  });
});

describe('tally: bases', () => {
  it('cas counts every hour (no public cap) and requires 110 of a 所局级领导人员', () => {
    const wb = register([
      row('甲', 'A', 60),
      row('甲', 'A', 45, { subject: '公需科目' }),
      row('乙', 'B', 105, { category: '所局级领导人员' }),
    ]);
    const t = tallyCe([wb], { packs: ['ce2007', 'cas'] });
    const by = (basis: string, name: string) => t.persons.find((p) => p.basis === basis && p.name === name)!;
    expect(by('ce2007', '甲')).toMatchObject({ publicCounted: 45, total: 105, required: 72 });
    expect(by('cas', '甲')).toMatchObject({ publicCounted: 45, total: 105, required: 100, shortfall: 0 });
    expect(by('cas', '乙')).toMatchObject({ leader: true, required: 110, shortfall: 5 });
    expect(by('ce2007', '乙')).toMatchObject({ required: 72, shortfall: 0 });
  });

  it('without a CE pack the tally follows ce2007 and gives no findings', () => {
    const t = tallyCe([register([row('甲', 'A', 1)])], { packs: [] });
    expect(t.persons[0]).toMatchObject({ basis: 'ce2007', shortfall: 71 });
    expect(t.findings).toEqual([]);
  });

  it('parameters override the defaults', () => {
    const t = tallyCe([register([row('甲', 'A', 75)])], { packs: ['ce2007'], params: { 'ce2007.minHours': '80' } });
    expect(t.persons[0]).toMatchObject({ required: 80, shortfall: 5 });
    expect(t.findings.map((f) => f.ruleId)).toEqual(['CE-ANNUAL-HOURS']);
  });

  it('parameters are read as the workbook\'s 审核设置 writes them; a bad one is a SettingsError in Chinese, not a crash', () => {
    const wb = register([row('甲', 'A', 47.5), row('甲', 'A', 24.5, { subject: '公需科目' }), row('甲', 'A', 10, { year: 2023 })]);
    expect(tallyCe([wb], { packs: ['ce2007'], params: { 'ce2007.capPublicHours': '是', 'ce2007.year': '2024' } }).persons).toEqual([
      expect.objectContaining({ year: 2024, total: 72 - 0.5, publicCapped: true }),
    ]);
    const bad = (params: Record<string, unknown>) => () => tallyCe([wb], { packs: ['ce2007'], params });
    expect(bad({ 'ce2007.capPublicHours': '也许' })).toThrow(SettingsError);
    expect(bad({ 'ce2007.capPublicHours': '也许' })).toThrow(/ce2007\.capPublicHours/);
    expect(bad({ 'ce2007.minHourz': 80 })).toThrow(/未知参数 ce2007\.minHourz/);
    expect(bad({ 'ce2007.year': '明年' })).toThrow(/ce2007\.year/);
    // another pack's keys are that pack's business
    expect(() => tallyCe([wb], { packs: ['ce2007'], params: { 'zj2017.maxCities': 4 } })).not.toThrow();
  });

  it('header order does not matter', () => {
    const shuffled = [...REGISTER_HEADER].reverse();
    const values = row('甲', 'A', 71.5).reverse();
    const t = tallyCe([parsedFrom('f.xlsx', [{ name: 's', rows: [shuffled, values] }])], { packs: ['ce2007'] });
    expect(t.persons[0]).toMatchObject({ total: 71.5, first: { cell: 'I2' } });
  });
});
