/** The fake behaves as the documented object model does (the host's tests rely on each of these). */
import { FakeWps } from '../../support/fakeWps';

function setup() {
  const fake = new FakeWps();
  fake.addSheet('表1', [
    ['a', 1, null],
    [null, 2, true],
  ], { formats: { B1: 'yyyy-mm-dd' }, merges: ['A2:A3'] });
  fake.addSheet('表2', [['x']]);
  const wb = fake.app.ActiveWorkbook!;
  return { fake, wb, ws: wb.Worksheets.Item(1) };
}

describe('FakeWps', () => {
  test('collections are 1-based; Item by name; a missing sheet throws', () => {
    const { wb } = setup();
    expect(wb.Worksheets.Count).toBe(2);
    expect(wb.Worksheets.Item(1).Name).toBe('表1');
    expect(wb.Worksheets.Item('表2').Index).toBe(2);
    expect(() => wb.Worksheets.Item(3)).toThrow();
    expect(() => wb.Worksheets.Item(0)).toThrow();
  });

  test('Value2: 2-D array with undefined for empty cells, a scalar for one cell', () => {
    const { ws } = setup();
    expect(ws.Range('A1:C2').Value2).toEqual([['a', 1, undefined], [undefined, 2, true]]);
    expect(ws.Range('B2').Value2).toBe(2);
    expect(ws.Range('Z9').Value2).toBeUndefined();
  });

  test('UsedRange covers values, formats and merged areas', () => {
    const { ws } = setup();
    const u = ws.UsedRange;
    expect([u.Row, u.Column, u.Rows.Count, u.Columns.Count]).toEqual([1, 1, 3, 3]);
  });

  test('NumberFormat is one format or null; NumberFormatLocal names General in Chinese', () => {
    const { ws } = setup();
    expect(ws.Range('B1').NumberFormat).toBe('yyyy-mm-dd');
    expect(ws.Range('B2:C2').NumberFormat).toBe('General');
    expect(ws.Range('B1:B2').NumberFormat).toBeNull();
    expect((ws.Range('C2') as unknown as { NumberFormatLocal: string }).NumberFormatLocal).toBe('G/通用格式');
  });

  test('MergeCells is true, false or null; MergeArea is the area of the first cell', () => {
    const { ws } = setup();
    expect(ws.Range('A2:A3').MergeCells).toBe(true);
    expect(ws.Range('B1:B3').MergeCells).toBe(false);
    expect(ws.Range('A1:A3').MergeCells).toBeNull();
    expect(ws.Range('A3').MergeArea.Address()).toBe('$A$2:$A$3');
    expect(ws.Range('C3').MergeArea.Address()).toBe('$C$3');
  });

  test('typed strings: formulas, numbers and the apostrophe, unless the cell is text (@)', () => {
    const { fake, ws } = setup();
    ws.Range('A5:D5').Value2 = [['=1+1', '00123', "'=x", '-a']];
    expect(fake.sheet('表1').formulas.get('4,0')).toBe('=1+1');
    expect(fake.value('表1', 'B5')).toBe(123);
    expect(fake.value('表1', 'C5')).toBe('=x');
    expect(fake.sheet('表1').formulas.get('4,3')).toBe('=-a');
    ws.Range('A6:B6').NumberFormat = '@';
    ws.Range('A6:B6').Value2 = [['=1+1', '00123']];
    expect(fake.value('表1', 'A6')).toBe('=1+1');
    expect(fake.value('表1', 'B6')).toBe('00123');
    expect(fake.sheet('表1').formulas.has('5,0')).toBe(false);
  });

  test('AddComment refuses a second comment; Validation.Add refuses where one exists', () => {
    const { ws } = setup();
    ws.Range('C1').AddComment('x');
    expect(() => ws.Range('C1').AddComment('y')).toThrow();
    expect(ws.Range('C1').Comment?.Text()).toBe('x');
    ws.Range('C1').Comment!.Delete();
    expect(ws.Range('C1').Comment).toBeNull();
    ws.Range('D1:D9').Validation.Add(3, 1, 1, 'a,b');
    expect(() => ws.Range('D5').Validation.Add(3, 1, 1, 'c')).toThrow();
    ws.Range('D5').Validation.Delete();
    ws.Range('D5').Validation.Add(3, 1, 1, 'c');
  });

  test('addresses over 255 characters are refused; sheet deletion asks unless DisplayAlerts is off', () => {
    const { fake, wb, ws } = setup();
    const long = Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(',');
    expect(long.length).toBeGreaterThan(255);
    expect(() => ws.Range(long)).toThrow(/过长/);
    wb.Worksheets.Item('表2').Delete();
    expect(fake.alertsShown).toBe(1);
    expect(() => wb.Worksheets.Item(1).Delete()).toThrow();
  });

  test('Worksheets.Add activates the new sheet; names are unique and valid', () => {
    const { fake, wb } = setup();
    const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(2));
    expect(fake.activeSheet?.name).toBe(ws.Name);
    expect(fake.sheets.map((s) => s.name).indexOf(ws.Name)).toBe(2);
    expect(() => (ws.Name = '表1')).toThrow();
    expect(() => (ws.Name = 'a/b')).toThrow();
  });

  test('every call is counted', () => {
    const { fake, ws } = setup();
    fake.resetCounters();
    void ws.Range('A1:B2').Value2;
    expect(fake.calls).toBe(2);
    expect(fake.byMember.get('Range.Value2')).toBe(1);
  });

  test('PageSetup: VBA defaults until set, what is set is recorded; without a printer reading it throws', () => {
    const { fake, ws } = setup();
    const ps = ws.PageSetup;
    expect([ps.Orientation, ps.PaperSize, ps.Zoom]).toEqual([1, 9, 100]);
    expect(fake.sheet('表1').page).toEqual({});
    ps.Orientation = 2;
    ps.Zoom = false;
    ps.PrintTitleRows = '$1:$1';
    expect(fake.sheet('表1').page).toEqual({ Orientation: 2, Zoom: false, PrintTitleRows: '$1:$1' });
    expect(ws.PageSetup.Orientation).toBe(2);
    fake.pageSetupFails = true;
    expect(() => ws.PageSetup).toThrow();
  });
});
