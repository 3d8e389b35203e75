/** The ce2007 rules at the edges the main tests leave: the year filter, rows without a year, partial figures, exact decimals. */
import { ce2007Pack as pack, ce2007Tally } from '../../../../src/core/rules/ce2007';
import { belowShare, decimalOf } from '../../../../src/core/rules/ce2007/fundShare';
import { frac } from '../../../../src/core/values/fraction';
import { parsedFrom, register, row, runPack, ids } from '../../ce/helpers';

const only = <F extends { ruleId: string }>(id: string, fs: F[]) => fs.filter((f) => f.ruleId === id);

describe('parameters', () => {
  it('read capPublicHours as settings write it', () => {
    for (const yes of ['true', ' 是 ', '1', 'YES', 'y', '开']) expect(pack.params.parse({ capPublicHours: yes }).capPublicHours).toBe(true);
    for (const no of ['false', '否', '0', 'No', 'n', ' 关']) expect(pack.params.parse({ capPublicHours: no }).capPublicHours).toBe(false);
    expect(pack.params.parse({ capPublicHours: true }).capPublicHours).toBe(true);
  });

  it('tally on the ce2007 basis (72 hours for everyone, leaders included)', () => {
    expect(ce2007Tally(pack.params.parse({})).basis).toBe('ce2007');
  });
});

describe('a person-year that cannot be placed', () => {
  it('rows whose 年度 cannot be read are CE-VALUE only: no shortfall and no public share is judged for them', () => {
    const f = runPack(
      pack,
      register([row('张三', 'A', 10, { year: '去年' }), row('张三', 'A', 30, { year: '去年', subject: '公需科目' })]),
    );
    expect(ids(f)).toEqual(['CE-VALUE', 'CE-VALUE']);
  });

  it('a short year with an unreadable row says how many rows were left out', () => {
    const wb = register([row('张三', 'A', 40), row('张三', 'A', '很多')]);
    const [annual] = only('CE-ANNUAL-HOURS', runPack(pack, wb));
    expect(annual.message).toBe('张三 2024年度计入学时40，低于72学时（国人部发〔2007〕96号 第10条）；另有1行学时无法读取，未计入');
    expect(annual.data).toMatchObject({ unreadableRows: 1 });
  });
});

describe('CE-PUBLIC-SHARE: related cells', () => {
  it('are the other 公需科目 rows only, at their 学时 cells', () => {
    const wb = register([
      row('张三', 'A', 48),
      row('张三', 'A', 20, { subject: '公需科目' }),
      row('张三', 'A', 10),
      row('张三', 'A', 10, { subject: '公需科目' }),
    ]);
    expect(only('CE-PUBLIC-SHARE', runPack(pack, wb))[0].related).toEqual(['G3', 'G5']);
  });

  it('leave out the first row even when it is a 公需科目 row (the finding is there)', () => {
    const wb = register([
      row('张三', 'A', 20, { subject: '公需科目' }),
      row('张三', 'A', 48),
      row('张三', 'A', 10, { subject: '公需科目' }),
    ]);
    const [f] = only('CE-PUBLIC-SHARE', runPack(pack, wb));
    expect(f.cell).toBe('A2');
    expect(f.related).toEqual(['G4']);
  });

  it('a share other than a third is said as a percentage', () => {
    const wb = register([row('张三', 'A', 48), row('张三', 'A', 30, { subject: '公需科目' })]);
    expect(only('CE-PUBLIC-SHARE', runPack(pack, wb, { maxPublicShare: '0.4' }))[0].message).toContain(
      '超过国家规定72学时的40.0%（28.8学时）',
    );
  });
});

describe('CE-ABROAD-HOURS at its edges', () => {
  const abroad = (opts: Parameters<typeof row>[3], hours: number | null = 80) =>
    register([row('张三', 'A', hours, { form: '出国（境）培训', ...opts })]);

  it('follows the `year` parameter: a row of another year is not checked', () => {
    const wb = register([row('张三', 'A', 80, { form: '出国（境）培训', days: 10, year: 2023 }), row('张三', 'A', 72, { year: 2024 })]);
    expect(only('CE-ABROAD-HOURS', runPack(pack, wb, { year: 2024 }))).toEqual([]);
    expect(only('CE-ABROAD-HOURS', runPack(pack, wb, { year: 2023 })).map((f) => f.cell)).toEqual(['G2']);
    expect(only('CE-ABROAD-HOURS', runPack(pack, wb)).map((f) => f.cell)).toEqual(['G2']);
  });

  it('needs both the hours and the approved days', () => {
    expect(only('CE-ABROAD-HOURS', runPack(pack, abroad({ days: 10 }, null)))).toEqual([]);
    expect(only('CE-ABROAD-HOURS', runPack(pack, abroad({ days: null })))).toEqual([]);
  });

  it('a register without 年度 says no year, and is skipped when a year is asked for', () => {
    const wb = parsedFrom('r.xlsx', [
      {
        name: '学时登记',
        rows: [
          ['姓名', '身份证号', '形式', '学时', '天数'],
          ['张三', 'A', '出国（境）培训', 80, 10],
        ],
      },
    ]);
    const [f] = only('CE-ABROAD-HOURS', runPack(pack, wb));
    expect(f.message).toBe('张三 出国（境）培训登记80学时，与批准在外10天×6学时=60学时不符，按60学时计（浙外专发〔2017〕14号 三(四)）');
    expect(f.data).toMatchObject({ year: null });
    expect(only('CE-ABROAD-HOURS', runPack(pack, wb, { year: 2024 }))).toEqual([]);
  });
});

describe('CE-FUND-SHARE at its edges', () => {
  const funds = (payroll: number, fund: number) =>
    parsedFrom('f.xlsx', [
      {
        name: '经费',
        rows: [
          ['企业名称', '工资总额（万元）', '职工教育经费（万元）'],
          ['甲公司', payroll, fund],
        ],
      },
    ]);

  it('a fund of 0 is 0%, below the floor', () => {
    const f = runPack(pack, funds(1000, 0));
    expect(ids(f)).toEqual(['CE-FUND-SHARE']);
    expect(f[0].message).toContain('占工资总额1000的0%，低于1.5%');
  });

  it('a negative fund or a payroll of 0 is CE-VALUE only', () => {
    expect(ids(runPack(pack, funds(1000, -5)))).toEqual(['CE-VALUE']);
    expect(ids(runPack(pack, funds(0, 15)))).toEqual(['CE-VALUE']);
  });

  it('an unreadable fund with a readable payroll is CE-VALUE only', () => {
    const wb = parsedFrom('f.xlsx', [
      {
        name: '经费',
        rows: [
          ['企业名称', '工资总额（万元）', '职工教育经费（万元）'],
          ['甲公司', 1000, '不详'],
        ],
      },
    ]);
    expect(ids(runPack(pack, wb))).toEqual(['CE-VALUE']);
  });

  it('prints shares as people write them: 1.4%, 10%, and four decimals only where two would read as the floor', () => {
    expect(runPack(pack, funds(1000, 14))[0].message).toContain('占工资总额1000的1.4%，低于1.5%');
    expect(runPack(pack, funds(1000, 100), { minFundShare: '0.2' })[0].message).toContain('的10%，低于20%');
    expect(runPack(pack, funds(1000, 14.99))[0].message).toContain('的1.4990%，低于1.5%');
  });
});

describe('decimalOf and belowShare (exact decimals)', () => {
  it('reads a double as the decimal it prints as, exponents included', () => {
    expect(decimalOf(15)).toEqual({ n: 15n, d: 1n });
    expect(decimalOf(0.015)).toEqual({ n: 15n, d: 1000n });
    expect(decimalOf(-2.5)).toEqual({ n: -25n, d: 10n });
    expect(decimalOf(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(decimalOf(1.5e22)).toEqual({ n: 15n * 10n ** 21n, d: 1n });
    expect(decimalOf(1e-7)).toEqual({ n: 1n, d: 10n ** 7n });
  });

  it('refuses what is not a finite number', () => {
    expect(() => decimalOf(NaN)).toThrow(new RangeError('not a finite number: NaN'));
    expect(() => decimalOf(Infinity)).toThrow(RangeError);
  });

  it('compares exactly, also with huge payrolls', () => {
    expect(belowShare(15, 1000, frac(3, 200))).toBe(false);
    expect(belowShare(14.99, 1000, frac(3, 200))).toBe(true);
    expect(belowShare(1.5e19, 1e21, frac(3, 200))).toBe(false);
    expect(belowShare(1.4e19, 1e21, frac(3, 200))).toBe(true);
  });
});
