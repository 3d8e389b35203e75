/** The fake must fail where Excel fails, or the Excel host's tests could not fail. */
import { FakeExcel } from '../../support/fakeExcel';

describe('fake Excel', () => {
  test('loaded properties are readable only after sync', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['x', 1]]);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([['x', 1]]);
      expect(() => r.numberFormat).toThrow(/PropertyNotLoaded/);
    });
    expect(fake.syncCount).toBe(1);
  });

  test('members above the configured ExcelApi version are missing', async () => {
    const fake = new FakeExcel({ api: '1.9' });
    fake.addSheet('S', [['x']]);
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.comments).toThrow(/ApiNotFound/);
      const ws = ctx.workbook.worksheets.getItem('S');
      expect(() => ws.notes).toThrow(/ApiNotFound/);
      expect(() => ws.getRange('A1').getMergedAreasOrNullObject()).toThrow(/ApiNotFound/);
      expect(() => ws.getRanges('A1,B2')).not.toThrow();
    });
  });

  test('requests are applied only at sync, in order; a request over 5 MB fails', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['x']]);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.values = [['y']];
      expect(fake.sheet('S').values.get('0,0')).toBe('x');
      await ctx.sync();
      expect(fake.sheet('S').values.get('0,0')).toBe('y');
      r.values = [['z'.repeat(6 * 1024 * 1024)]];
      await expect(ctx.sync()).rejects.toThrow(/PayloadSizeLimit/);
    });
    expect(fake.sheet('S').values.get('0,0')).toBe('y');
  });

  test('a string starting with = becomes a formula unless the cell is formatted as text', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['x']]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [['=1+1']];
      const b = ws.getRange('B1');
      b.numberFormat = [['@']];
      b.values = [['=1+1']];
    });
    expect(fake.sheet('S').formulas.get('0,0')).toBe('=1+1');
    expect(fake.sheet('S').formulas.has('0,1')).toBe(false);
    expect(fake.sheet('S').values.get('0,1')).toBe('=1+1');
  });

  test('more than 512 merged areas in one request fail', async () => {
    const fake = new FakeExcel({ api: '1.13' });
    fake.addSheet('S', [['x']], { merges: Array.from({ length: 513 }, (_, i) => `A${i * 2 + 1}:A${i * 2 + 2}`) });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A2000').getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toThrow(/512/);
  });

  test('text starting with + - @ is a formula too, an apostrophe makes it text, and every write is logged', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [[]]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:D1').values = [['+1', '-2+3', '@SUM(1)', "'-2+3"]];
    });
    const s = fake.sheet('S');
    expect([...s.formulas.keys()].sort()).toEqual(['0,0', '0,1', '0,2']);
    expect(s.values.get('0,3')).toBe('-2+3');
    expect(fake.valueWrites).toEqual([{ sheet: 'S', r0: 0, c0: 0, values: [['+1', '-2+3', '@SUM(1)', "'-2+3"]], formats: [['General', 'General', 'General', 'General']] }]);
  });

  test('renaming a sheet to a taken name fails; a chart series past the source fails; axis group needs 1.8', async () => {
    const fake = new FakeExcel({ api: '1.7' });
    fake.addSheet('A', [['x', 1], ['y', 2]]);
    fake.addSheet('B', [[]]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('B').name = 'a';
        await ctx.sync();
      }),
    ).rejects.toThrow(/ItemAlreadyExists/);
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('A');
        ws.charts.add('ColumnClustered', ws.getRange('A1:B2'), 'Columns').series.getItemAt(1).chartType = 'Line';
        await ctx.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('A');
        ws.charts.add('ColumnClustered', ws.getRange('A1:B2'), 'Columns').series.getItemAt(0).axisGroup = 'Secondary';
      }),
    ).rejects.toThrow(/ApiNotFound/);
    expect(fake.sheet('A').charts.map((c) => c.source)).toEqual(['A1:B2']);
  });
});
