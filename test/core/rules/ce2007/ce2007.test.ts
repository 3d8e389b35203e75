/** The ce2007 pack run as the engine runs it (pack.params → rule.check → emit), at every boundary. */
import { ce2007Pack as pack } from '../../../../src/core/rules/ce2007';
import { parsedFrom, register, row, runPack, ids } from '../../ce/helpers';

describe('pack ce2007', () => {
  it('has its parameters as data, with the defaults of RULES.md', () => {
    expect(pack.id).toBe('ce2007');
    expect(pack.params.parse({})).toEqual({
      minHours: 72,
      maxPublicShare: '1/3',
      hoursPerDay: 6,
      hoursPerDayAbroad: 6,
      minFundShare: '0.015',
      minFundShareHighSkill: '0.025',
    });
    expect(() => pack.params.parse({ maxPublicShare: '4/3' })).toThrow();
    expect(() => pack.params.parse({ minHours: 'abc' })).toThrow();
    expect(pack.rules.map((r) => r.id)).toEqual(['CE-ANNUAL-HOURS', 'CE-PUBLIC-SHARE', 'CE-ABROAD-HOURS', 'CE-FUND-SHARE', 'CE-VALUE', 'CE-ID-CONFLICT']);
    for (const r of pack.rules) expect(r.clause).toMatch(/〔20(07|17)〕/);
  });
});

describe('CE-ANNUAL-HOURS', () => {
  it('71.5 hours is a warning at the person\'s first row, with the figures and the clause', () => {
    const f = runPack(pack, register([row('张三', 'A', 40), row('李四', 'B', 72), row('张三', 'A', 31.5)]));
    expect(f).toEqual([
      {
        ruleId: 'CE-ANNUAL-HOURS',
        severity: 'warning',
        sheet: '学时登记',
        cell: 'A2',
        message: '张三 2024年度计入学时71.5，低于72学时（国人部发〔2007〕96号 第10条）',
        related: ['A4'],
      },
    ]);
  });

  it('72 hours passes', () => {
    expect(runPack(pack, register([row('张三', 'A', 40), row('张三', 'A', 32)]))).toEqual([]);
  });

  it('12 days (no 学时) pass; 11.5 days do not', () => {
    expect(runPack(pack, register([row('张三', 'A', null, { days: 12 })]))).toEqual([]);
    expect(ids(runPack(pack, register([row('张三', 'A', null, { days: 11.5 })])))).toEqual(['CE-ANNUAL-HOURS']);
  });

  it('public hours above the cap do not rescue a shortfall, and the message says so', () => {
    const f = runPack(pack, register([row('张三', 'A', 47.5), row('张三', 'A', 30, { subject: '公需科目' })]));
    expect(ids(f)).toEqual(['CE-ANNUAL-HOURS', 'CE-PUBLIC-SHARE']);
    expect(f[0].message).toContain('计入学时71.5');
    expect(f[0].message).toContain('公需科目超出部分6学时不计入');
  });

  it('checks only the chosen year when `year` is set', () => {
    const wb = register([row('张三', 'A', 10, { year: 2023 }), row('张三', 'A', 72, { year: 2024 })]);
    expect(runPack(pack, wb).map((f) => f.message)).toEqual(['张三 2023年度计入学时10，低于72学时（国人部发〔2007〕96号 第10条）']);
    expect(runPack(pack, wb, { year: 2024 })).toEqual([]);
    expect(ids(runPack(pack, wb, { year: '2023' }))).toEqual(['CE-ANNUAL-HOURS']);
  });
});

describe('CE-PUBLIC-SHARE', () => {
  it('exactly a third of 72 (24) passes', () => {
    expect(runPack(pack, register([row('张三', 'A', 48), row('张三', 'A', 24, { subject: '公需科目' })]))).toEqual([]);
  });

  it('24.5 is info: 0.5 not counted', () => {
    const f = runPack(pack, register([row('张三', 'A', 48), row('张三', 'A', 24.5, { subject: '公需科目' })]));
    expect(f).toEqual([
      expect.objectContaining({
        ruleId: 'CE-PUBLIC-SHARE',
        severity: 'info',
        cell: 'A2',
        message: '张三 2024年度公需科目24.5学时，超过72学时的三分之一（24学时），超出的0.5学时不计入（国人部发〔2007〕96号 第6条）',
        related: ['G3'],
      }),
    ]);
  });

  it('follows its parameter', () => {
    const wb = register([row('张三', 'A', 48), row('张三', 'A', 30, { subject: '公需科目' })]);
    expect(runPack(pack, wb, { maxPublicShare: '1/2' })).toEqual([]);
  });
});

describe('CE-ABROAD-HOURS', () => {
  const abroad = (hours: number, days: number) => register([row('张三', 'A', hours, { form: '出国（境）培训', days }), row('张三', 'A', 72)]);

  it('6 × approved days passes', () => {
    expect(runPack(pack, abroad(60, 10))).toEqual([]);
  });

  it('any other figure is info at the row\'s 学时 cell', () => {
    const f = runPack(pack, abroad(80, 10));
    expect(f).toEqual([
      expect.objectContaining({
        ruleId: 'CE-ABROAD-HOURS',
        severity: 'info',
        cell: 'G2',
        message: '张三 2024年度出国（境）培训登记80学时，与批准在外10天×6学时=60学时不符，按60学时计（浙外专发〔2017〕14号 三(四)）',
      }),
    ]);
    expect(ids(runPack(pack, abroad(59.5, 10)))).toEqual(['CE-ABROAD-HOURS']);
  });

  it('is not about training at home', () => {
    expect(runPack(pack, register([row('张三', 'A', 80, { days: 10 })]))).toEqual([]);
  });
});

describe('CE-FUND-SHARE', () => {
  const funds = (rows: (string | number | null)[][]) =>
    parsedFrom('f.xlsx', [{ name: '经费', rows: [['企业名称', '工资总额（万元）', '职工教育经费（万元）', '技术素质要求高'], ...rows] }]);

  it('exactly 1.5% passes; just below is a warning at the fund cell', () => {
    expect(runPack(pack, funds([['甲公司', 1000, 15, '否']]))).toEqual([]);
    expect(runPack(pack, funds([['甲公司', 1234.56, 18.5184, null]]))).toEqual([]); // exactly 1.5% with decimals
    const f = runPack(pack, funds([['甲公司', 1000, 14.99, '否']]));
    expect(f).toEqual([
      {
        ruleId: 'CE-FUND-SHARE',
        severity: 'warning',
        sheet: '经费',
        cell: 'C2',
        message: '甲公司 职工教育经费14.99，占工资总额1000的1.4990%，低于1.5%（国人部发〔2007〕96号 第21条）',
        related: ['B2'],
      },
    ]);
  });

  it('2.5% where 技术素质要求高', () => {
    expect(runPack(pack, funds([['乙公司', 1000, 25, '是']]))).toEqual([]);
    const f = runPack(pack, funds([['乙公司', 1000, 20, '是']]));
    expect(f[0].message).toBe('乙公司 职工教育经费20，占工资总额1000的2%，低于2.5%（技术素质要求高的企业）（国人部发〔2007〕96号 第21条）');
  });

  it('units are converted: 15 万元 of 1000 万元 written as 元 is still 1.5%', () => {
    const wb = parsedFrom('f.xlsx', [{ name: '经费', rows: [['单位', '工资总额（元）', '职工教育经费（万元）'], ['甲', 10000000, 15]] }]);
    expect(runPack(pack, wb)).toEqual([]);
  });

  it('an unreadable payroll is CE-VALUE, not a share of 0', () => {
    const f = runPack(pack, funds([['甲公司', '不详', 15, null]]));
    expect(f).toEqual([expect.objectContaining({ ruleId: 'CE-VALUE', severity: 'error', cell: 'B2' })]);
  });
});

describe('CE-VALUE', () => {
  it('an Excel error in 学时 is an error at that cell', () => {
    const wb = register([row('张三', 'A', 72), row('张三', 'A', null)]);
    wb.ce[1].hours = { ok: false, problem: 'error', ref: wb.ce[1].hours!.ref, text: '#VALUE!' };
    const f = runPack(pack, wb);
    expect(f).toEqual([expect.objectContaining({ ruleId: 'CE-VALUE', cell: 'G3', message: expect.stringContaining('#VALUE!') })]);
  });

  it('a row with neither 学时 nor 天数 is reported', () => {
    expect(runPack(pack, register([row('张三', 'A', 72), row('张三', 'A', null)]))).toEqual([
      expect.objectContaining({ ruleId: 'CE-VALUE', cell: 'G3' }),
    ]);
  });

  it('an unreadable 年度 is reported and the row is left out of every year', () => {
    const f = runPack(pack, register([row('张三', 'A', 72, { year: '去年' })]));
    expect(f).toEqual([expect.objectContaining({ ruleId: 'CE-VALUE', cell: 'D2', message: expect.stringContaining('去年') })]);
  });
});
