/**
 * What ce2007 and cas share (src/core/rules/ceShared.ts): parameter fractions, share wording, the register
 * checks CE-VALUE / CAS-VALUE for every kind of unreadable fund figure, and findings without further cells.
 */
import { ce2007Pack } from '../../../src/core/rules/ce2007';
import { casPack } from '../../../src/core/rules/cas';
import type { Pack } from '../../../src/core/rules/types';
import { fmtShare, fr, relatedCells } from '../../../src/core/rules/ceShared';
import { frac } from '../../../src/core/values/fraction';
import { emptyParsed, parsedFrom, register, row, runPack } from '../ce/helpers';

describe('fr and fmtShare', () => {
  it('reads a parameter as an exact fraction and refuses what is not a number', () => {
    expect(fr('1/3')).toEqual(frac(1, 3));
    expect(fr(72)).toEqual(frac(72));
    expect(() => fr('abc')).toThrow(new RangeError('不是有效的数值参数：abc'));
  });

  it('says a third in words and any other share as a percentage with one decimal', () => {
    expect(fmtShare(frac(1, 3))).toBe('三分之一');
    expect(fmtShare(frac(2, 5))).toBe('40.0%');
    expect(fmtShare(frac(1, 8))).toBe('12.5%');
  });
});

describe('relatedCells', () => {
  it('gives no `related` key without further cells', () => {
    expect(relatedCells([])).toBeUndefined();
    expect(relatedCells([{ sheet: 's', row: 1, col: 0 }])).toEqual({ related: [{ sheet: 's', row: 1, col: 0 }] });
  });

  it('a person with one row gets a finding without related cells', () => {
    const [f] = runPack(ce2007Pack, register([row('张三', 'A', 10)]));
    expect(f.ruleId).toBe('CE-ANNUAL-HOURS');
    expect(f.related).toBeUndefined();
  });
});

describe('a workbook without a register', () => {
  it('gives no CE or CAS finding (the parsed workbook may have no ce / ceFunds lists at all)', () => {
    const parsed = emptyParsed('plan.xlsx') as unknown as Record<string, unknown>;
    delete parsed.ce;
    delete parsed.ceFunds;
    expect(runPack(ce2007Pack, parsed as never)).toEqual([]);
    expect(runPack(casPack, parsed as never)).toEqual([]);
  });
});

describe('CE-VALUE: who the row is', () => {
  const sheet = (header: string[], rows: (string | number | null)[][]) => parsedFrom('r.xlsx', [{ name: 's', rows: [header, ...rows] }]);
  const value = (wb: ReturnType<typeof sheet>) => runPack(ce2007Pack, wb).filter((f) => f.ruleId === 'CE-VALUE');

  it('names the person, else the 身份证号, else the 工号, with the row number in `data`', () => {
    const byName = value(sheet(['姓名', '身份证号', '年度', '学时'], [['张三', 'A1', 2024, '很多']]));
    expect(byName).toEqual([expect.objectContaining({ ruleId: 'CE-VALUE', cell: 'D2', data: { row: 2 } })]);
    expect(byName[0].message).toMatch(/^张三 第2行/);
    const byId = value(sheet(['姓名', '身份证号', '年度', '学时'], [[null, 'A1', 2024, '很多']]));
    expect(byId[0].message).toMatch(/^A1 第2行/);
    const byStaff = value(sheet(['姓名', '工号', '年度', '学时'], [[null, 'E07', 2024, '很多']]));
    expect(byStaff[0].message).toMatch(/^E07 第2行/);
  });
});

describe('CE-VALUE / CAS-VALUE on a unit fund sheet', () => {
  const funds = (payroll: string | number | null, fund: string | number | null) =>
    parsedFrom('f.xlsx', [
      {
        name: '经费',
        rows: [
          ['企业名称', '工资总额（万元）', '职工教育经费（万元）'],
          ['甲公司', payroll, fund],
        ],
      },
    ]);
  const values = (wb: ReturnType<typeof funds>, pack: Pack = ce2007Pack as Pack) =>
    runPack(pack, wb).filter((f) => f.ruleId.endsWith('-VALUE'));

  it('a blank payroll or fund says 为空', () => {
    expect(values(funds(null, 15))).toEqual([
      expect.objectContaining({
        cell: 'B2',
        message: '甲公司 工资总额为空，无法计算职工教育经费占比（国人部发〔2007〕96号 第10条）',
        data: { row: 2 },
      }),
    ]);
    expect(values(funds(1000, null))).toEqual([
      expect.objectContaining({ cell: 'C2', message: expect.stringMatching(/^甲公司 职工教育经费为空，/) }),
    ]);
  });

  it('an Excel error says which', () => {
    const wb = funds(1000, 15);
    wb.ceFunds[0].fund = { ok: false, problem: 'error', ref: wb.ceFunds[0].fund.ref, text: '#N/A' };
    expect(values(wb).map((f) => f.message)).toEqual([
      '甲公司 职工教育经费为错误值 #N/A，无法计算职工教育经费占比（国人部发〔2007〕96号 第10条）',
    ]);
  });

  it('text that is not a number is quoted', () => {
    expect(values(funds(1000, '约十五万')).map((f) => f.message)).toEqual([
      '甲公司 职工教育经费“约十五万”不是数字，无法计算职工教育经费占比（国人部发〔2007〕96号 第10条）',
    ]);
  });

  it('a payroll of 0 must be positive; a fund of 0 is a figure (CE-FUND-SHARE judges it), a negative fund is not', () => {
    expect(values(funds(0, 15)).map((f) => [f.cell, f.message.split('，')[0]])).toEqual([['B2', '甲公司 工资总额应为正数']]);
    expect(values(funds(-1000, 15)).map((f) => f.cell)).toEqual(['B2']);
    expect(values(funds(1000, 0))).toEqual([]);
    expect(values(funds(1000, -5)).map((f) => [f.cell, f.message.split('，')[0]])).toEqual([['C2', '甲公司 职工教育经费为负数']]);
  });

  it('the cas pack reports the same, under its own clause', () => {
    expect(values(funds(0, 15), casPack)).toEqual([
      expect.objectContaining({ ruleId: 'CAS-VALUE', cell: 'B2', message: expect.stringContaining('工资总额应为正数') }),
    ]);
  });
});
