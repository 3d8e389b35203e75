/** The ce2007 pack run as the engine runs it (pack.params → rule.check → emit), at every boundary. */
import { ce2007Pack as pack } from '../../../../src/core/rules/ce2007';
import { parsedFrom, register, row, runPack, ids } from '../../ce/helpers';

describe('pack ce2007', () => {
  it('has its parameters as data, with the defaults of RULES.md', () => {
    expect(pack.id).toBe('ce2007');
    expect(pack.params.parse({})).toEqual({
      minHours: 72,
      maxPublicShare: '1/3',
      capPublicHours: false,
      hoursPerDay: 6,
      hoursPerDayAbroad: 6,
      minFundShare: '0.015',
      permittedFundShare: '0.025',
    });
    expect(pack.params.parse({ capPublicHours: '是' }).capPublicHours).toBe(true);
    expect(() => pack.params.parse({ capPublicHours: '也许' })).toThrow();
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
        data: { year: 2024, countedHours: 71.5, requiredHours: 72, shortfallHours: 0.5, publicHours: 0, publicCountedHours: 0, unreadableRows: 0 },
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

  // revision 2: every recorded hour counts; public hours above 24 only with capPublicHours
  const publicHeavy = () => register([row('张三', 'A', 45), row('张三', 'A', 30, { subject: '公需科目' })]);

  it('public hours above 24 still count: 45 + 30 = 75 passes (a warning CE-PUBLIC-SHARE only)', () => {
    expect(ids(runPack(pack, publicHeavy()))).toEqual(['CE-PUBLIC-SHARE']);
  });

  it('with capPublicHours, 45 + 24 = 69 is short, and the message says what was not counted', () => {
    const f = runPack(pack, publicHeavy(), { capPublicHours: true });
    expect(ids(f)).toEqual(['CE-ANNUAL-HOURS', 'CE-PUBLIC-SHARE']);
    expect(f[0].message).toBe('张三 2024年度计入学时69，低于72学时（国人部发〔2007〕96号 第10条）；公需科目超出部分6学时不计入');
    expect(f[0].data).toEqual({ year: 2024, countedHours: 69, requiredHours: 72, shortfallHours: 3, publicHours: 30, publicCountedHours: 24, unreadableRows: 0 });
  });

  it('counts every hour at the boundary: 47.5 + 24.5 = 72 passes; 47 + 24.5 = 71.5 does not', () => {
    expect(ids(runPack(pack, register([row('张三', 'A', 47.5), row('张三', 'A', 24.5, { subject: '公需科目' })])))).toEqual(['CE-PUBLIC-SHARE']);
    expect(ids(runPack(pack, register([row('张三', 'A', 47), row('张三', 'A', 24.5, { subject: '公需科目' })])))).toEqual(['CE-ANNUAL-HOURS', 'CE-PUBLIC-SHARE']);
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

  it('24.5 is a warning: the excess still counts (capPublicHours off)', () => {
    const f = runPack(pack, register([row('张三', 'A', 48), row('张三', 'A', 24.5, { subject: '公需科目' })]));
    expect(f).toEqual([
      {
        ruleId: 'CE-PUBLIC-SHARE',
        severity: 'warning',
        sheet: '学时登记',
        cell: 'A2',
        message: '张三 2024年度公需科目24.5学时，超过国家规定72学时的三分之一（24学时），超出的0.5学时仍计入学时（国人部发〔2007〕96号 第6条）',
        related: ['G3'],
        data: { year: 2024, publicHours: 24.5, limitHours: 24, baseHours: 72, excessHours: 0.5, excessCounted: true },
      },
    ]);
  });

  it('with capPublicHours the excess is not counted, and the message says so', () => {
    const f = runPack(pack, register([row('张三', 'A', 48), row('张三', 'A', 24.5, { subject: '公需科目' })]), { capPublicHours: 'true' });
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('超出的0.5学时不计入');
    expect(f[0].data).toMatchObject({ excessCounted: false });
  });

  it('the base is 1/3 of the required 72 (24 h), not 1/3 of the person\'s own total', () => {
    // 30 public of 200 recorded is 15% of the person's total, but above 24 h
    const f = runPack(pack, register([row('张三', 'A', 170), row('张三', 'A', 30, { subject: '公需科目' })]));
    expect(ids(f)).toEqual(['CE-PUBLIC-SHARE']);
    expect(f[0].data).toMatchObject({ limitHours: 24, excessHours: 6 });
  });

  it('the base follows minHours: 30 public hours pass against 1/3 of 90', () => {
    expect(runPack(pack, register([row('张三', 'A', 60), row('张三', 'A', 30, { subject: '公需科目' })]), { minHours: 90 })).toEqual([]);
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
    expect(f[0].data).toEqual({ year: 2024, recordedHours: 80, days: 10, hoursPerDay: 6, countedHours: 60 });
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
        message: '甲公司 职工教育经费14.99，占工资总额1000的1.4990%，低于1.5%（技术素质要求高、培训任务重、经济效益较好的企业可按2.5%提取）（国人部发〔2007〕96号 第21条）',
        related: ['B2'],
        data: { fund: 14.99, payroll: 1000, share: 0.01499, minShare: 0.015, permittedShare: 0.025 },
      },
    ]);
  });

  it('2.5% is a permission, not a floor: a 技术素质要求高 enterprise at 2% (or exactly 1.5%) passes', () => {
    expect(runPack(pack, funds([['乙公司', 1000, 20, '是']]))).toEqual([]);
    expect(runPack(pack, funds([['乙公司', 1000, 15, '是']]))).toEqual([]);
    const f = runPack(pack, funds([['乙公司', 1000, 14.9, '是']]));
    expect(ids(f)).toEqual(['CE-FUND-SHARE']);
    expect(f[0].message).toContain('低于1.5%');
    expect(f[0].message).toContain('可按2.5%提取');
  });

  it('the floor follows minFundShare; permittedFundShare only changes the wording', () => {
    expect(ids(runPack(pack, funds([['甲公司', 1000, 15, null]]), { minFundShare: '0.02' }))).toEqual(['CE-FUND-SHARE']);
    expect(runPack(pack, funds([['甲公司', 1000, 15, null]]), { permittedFundShare: '0.5' })).toEqual([]);
    expect(runPack(pack, funds([['甲公司', 1000, 14, null]]), { permittedFundShare: '0.03' })[0].message).toContain('可按3%提取');
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
    expect(f).toEqual([expect.objectContaining({ ruleId: 'CE-VALUE', cell: 'G3', message: expect.stringContaining('#VALUE!'), data: { row: 3 } })]);
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

describe('CE-ID-CONFLICT (revision 2: one ID, two names)', () => {
  const ID1 = '330102199001011234';
  const ID2 = '330102199201015678';

  it('namesakes — the same name with two different 身份证号 — are two people, never a finding', () => {
    const f = runPack(pack, register([row('王磊', ID1, 72, { unit: '甲研究所' }), row('王磊', ID2, 72, { unit: '乙研究所' })]));
    expect(f).toEqual([]);
  });

  it('one 身份证号 written with two names is a warning at the name cell of the second name', () => {
    const f = runPack(pack, register([row('张三', ID1, 40), row('李四', ID2, 72), row('张山', ID1, 32)]));
    expect(f).toEqual([
      {
        ruleId: 'CE-ID-CONFLICT',
        severity: 'warning',
        sheet: '学时登记',
        cell: 'A4',
        message: `身份证号“${ID1}”对应2个不同的姓名：张三（学时登记 第2行）、张山（学时登记 第4行）；已按同一人统计，请核对姓名或身份证号是否录入有误（国人部发〔2007〕96号 第10条）`,
        related: ['A2'],
        data: { idKind: 'idNumber', id: ID1, names: 2 },
      },
    ]);
  });

  it('the same name written with spaces, or the ID in another case or with spaces, is no conflict', () => {
    const f = runPack(pack, register([row('张三', '33010219900101123x', 40), row('张  三', ' 33010219900101123X ', 32)]));
    expect(f).toEqual([]);
  });

  it('one 工号 with two names is a conflict too; two 工号 for one name are namesakes', () => {
    const sheet = (rows: (string | number)[][]) => parsedFrom('s.xlsx', [{ name: 's', rows: [['姓名', '工号', '单位', '年度', '学时'], ...rows] }]);
    const two = runPack(pack, sheet([['张三', 'E01', '甲所', 2024, 72], ['张四', 'E01', '甲所', 2024, 72]]));
    expect(two).toEqual([expect.objectContaining({ ruleId: 'CE-ID-CONFLICT', cell: 'A3', data: { idKind: 'staffNumber', id: 'E01', names: 2 } })]);
    expect(two[0].message).toContain('工号“E01”对应2个不同的姓名');
    expect(runPack(pack, sheet([['王磊', 'E01', '甲所', 2024, 72], ['王磊', 'E02', '乙所', 2024, 72]]))).toEqual([]);
  });

  it('rows sharing both 身份证号 and 工号 under two names give one finding at that cell, not two', () => {
    const wb = parsedFrom('s.xlsx', [
      {
        name: 's',
        rows: [
          ['姓名', '身份证号', '工号', '年度', '学时'],
          ['张三', ID1, 'E01', 2024, 72],
          ['张山', ID1, 'E01', 2024, 72],
          ['李四', ID2, 'E02', 2024, 72],
          ['李司', ID2, 'E03', 2024, 72],
        ],
      },
    ]);
    const f = runPack(pack, wb);
    expect(f.map((x) => [x.cell, x.data?.idKind])).toEqual([
      ['A3', 'idNumber'],
      ['A5', 'idNumber'],
    ]);
  });
});
