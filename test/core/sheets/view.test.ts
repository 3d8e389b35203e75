import fc from 'fast-check';
import { sheetFromRows, type CellValue } from '../../../src/core/grid';
import { SheetView } from '../../../src/core/sheets/view';
import { demandLabelField, isSeqLabel, matchLabel, mayBeDemandOrSeqLabel, mayBeScheduleLabel, SCHEDULE_INDEX } from '../../../src/core/values/labels';
import { isFooterText, isTotalText } from '../../../src/core/sheets/view';
import { mg, sheet } from './helpers';
import { removeSpaces, toHalfWidth } from '../../../src/core/values/text';

const isLabel = (t: string) => ['日期', '时段', '内容', '类型'].includes(t);

describe('SheetView.scanRow', () => {
  const v = new SheetView(
    sheetFromRows('s', [
      ['日期', '时段', '内容'],
      [null, null, null],
      ['2023-05-08', '上午', '专题讲座'],
      ['合  计', null, 3],
      ['2023-05-09', '下午', '小计：'],
      ['日期', '时段', '内容'],
      ['日期', '时段', '柏林'],
      ['备注：以上为计划', '日期', '合计'],
      [null, '注：单位为天'],
      ['联系人', '张三'],
    ]),
  );
  test.each([
    [0, 'header'],
    [1, 'blank'],
    [2, 'data'],
    [3, 'total'],
    [4, 'total'],
    [5, 'header'],
    [6, 'data'], // two labels, not three
    [7, 'footer'], // the first text decides before any 合计
    [8, 'footer'],
    [9, 'data'], // 联系人 alone is not a footer line
    [42, 'blank'], // no such row
  ])('row %i is %s', (row, kind) => {
    expect(v.scanRow(row, isLabel, 12)).toBe(kind);
  });
  test('without a label test a repeated header is data, and labels longer than the limit do not count', () => {
    expect(v.scanRow(0)).toBe('data');
    expect(v.scanRow(0, isLabel, 1)).toBe('data');
    expect(v.scanRow(0, isLabel, 2, 4)).toBe('data');
  });
});

describe('SheetView.scanRow with its texts and a first look at labels (one pass per schedule row)', () => {
  // the way rows were classified before: every text made, every short text asked in column order
  function plainKind(v: SheetView, row: number, isLabel: ((t: string) => boolean) | undefined, max: number, min: number) {
    if (v.rowLength(row) === 0) return 'blank';
    let first = true;
    let labels = 0;
    for (let c = 0; c < v.rowLength(row); c++) {
      const t = v.text(row, c);
      if (t === '') continue;
      if (first) {
        if (isFooterText(t)) return 'footer';
        first = false;
      }
      if (isTotalText(t)) return 'total';
      if (isLabel && t.length <= max && isLabel(t)) labels++;
    }
    if (first) return 'blank';
    return isLabel && labels >= min ? 'header' : 'data';
  }
  const isSched = (t: string) => matchLabel(SCHEDULE_INDEX, t) !== undefined;
  const isDemand = (t: string) => demandLabelField(t) !== undefined;
  const texts = ['日期', ' 星期 ', '时段', '上午', '星期一', '城市', '柏林', '内容', '类型', '授课', '合  计', '小计：', '备注：略', '注：', '国家（地区）',
    '人数', '天数', '序号', '经费预算（万元）', '培训内容' + '长'.repeat(10), '', '  ', '#N/A'];
  const cellValue = fc.oneof(fc.constantFrom(...texts), fc.constant(null), fc.integer({ min: 0, max: 99 }), fc.constant(true));

  test('gives the kind the plain way gives, and the texts of a data row are those of its cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 4 }), fc.integer({ min: 0, max: 4 }), (rows, min) => {
        const s = sheetFromRows('s', rows as CellValue[][], [{ r0: 0, c0: 1, r1: 1, c1: 1 }]);
        if (s.cells[1]) s.cells[1][1] = { v: '合计' }; // a continuation cell's own text still counts, as before
        (s.cells[0] ??= [])[6] = { v: null, err: '#N/A' };
        const v = new SheetView(s);
        const got: string[] = ['stale'];
        for (let r = 0; r < rows.length + 1; r++) {
          expect(v.scanRow(r, isSched, 12, min, got, mayBeScheduleLabel)).toBe(plainKind(v, r, isSched, 12, min));
          expect(v.scanRow(r, isDemand, 20, min, undefined, mayBeDemandOrSeqLabel)).toBe(plainKind(v, r, isDemand, 20, min));
          expect(v.scanRow(r, isSched, 12, min)).toBe(plainKind(v, r, isSched, 12, min));
          expect(v.scanRow(r, undefined, 0, min, got)).toBe(plainKind(v, r, undefined, 0, min));
          if (plainKind(v, r, undefined, 0, min) === 'data') {
            expect(got.length).toBe(v.rowLength(r));
            for (let c = 0; c < v.rowLength(r) + 2; c++) expect(c < got.length ? got[c] : '').toBe(v.text(r, c));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
  test('at the boundary: three labels make a repeated header, two do not, whatever the first look lets through', () => {
    const v = new SheetView(sheetFromRows('s', [['日期', '时段', '内容', '柏林'], ['日期', '上午', '内容', '柏林'], ['星期一', '上午', '授课', '柏林']]));
    expect(v.scanRow(0, isSched, 12, 3, [], mayBeScheduleLabel)).toBe('header');
    expect(v.scanRow(1, isSched, 12, 3, [], mayBeScheduleLabel)).toBe('data');
    expect(v.scanRow(1, isSched, 12, 2, [], mayBeScheduleLabel)).toBe('header');
    // a first look that rejects a label would hide it (the caller's promise): 星期一 and 上午 pass it, and are no labels
    expect(v.scanRow(0, isSched, 12, 3, [], (t) => t !== '内容')).toBe('data');
    const got: string[] = [];
    expect(v.scanRow(2, isSched, 12, 2, got, mayBeScheduleLabel)).toBe('data');
    expect(got).toEqual(['星期一', '上午', '授课', '柏林']);
  });
});

describe('SheetView merges', () => {
  test('are found past row 65 536 and only inside their area', () => {
    const rows: CellValue[][] = [];
    rows[70001] = ['2023-05-08', '上午'];
    rows[70002] = [null, '下午'];
    const v = new SheetView(sheet('s', rows, [mg(70001, 0, 70002, 0)]));
    expect(v.merge(70002, 0)).toEqual(mg(70001, 0, 70002, 0));
    expect(v.isContinuation(70002, 0)).toBe(true);
    expect(v.isContinuation(70001, 0)).toBe(false);
    expect(v.merge(70003, 0)).toBeUndefined();
    expect(v.merge(70002, 1)).toBeUndefined();
    expect(v.merge(-1, 0)).toBeUndefined();
    expect(v.shownText(70002, 0)).toBe('2023-05-08');
  });
  test('a later merge over the same cell wins, as before', () => {
    const v = new SheetView(sheet('s', [['a', 'b'], ['c', 'd']], [mg(0, 0, 1, 0), mg(0, 0, 0, 1)]));
    expect(v.merge(0, 0)).toEqual(mg(0, 0, 0, 1));
    expect(v.merge(1, 0)).toEqual(mg(0, 0, 1, 0));
  });
  test('a sheet without merges has none', () => {
    expect(new SheetView(sheet('s', [['a']])).merge(0, 0)).toBeUndefined();
  });
});

describe('SheetView.demandLabels', () => {
  test('labels of text cells only, not merge continuations, with 序号', () => {
    const v = new SheetView(sheet('s', [['序号', '培训班主题', null, '人数（人）', 12, '柏林']], [mg(0, 1, 0, 2)]));
    expect(v.demandLabels(0)).toEqual({ cells: [{ col: 1, field: 'theme' }, { col: 3, field: 'people' }], seq: true });
    expect(v.demandLabels(0)).toBe(v.demandLabels(0)); // computed once
    expect(v.demandLabels(5)).toEqual({ cells: [], seq: false });
  });

  test('a grid that came through JSON (the pane worker): its holes are nulls, passed over as blanks', () => {
    const grid = sheet('s', [['序号', null, '培训班主题', null, '人数（人）']]);
    const viaJson = JSON.parse(JSON.stringify(grid)) as typeof grid;
    expect(viaJson.cells[0][1]).toBeNull();
    const v = new SheetView(viaJson);
    expect(v.demandLabels(0)).toEqual({ cells: [{ col: 2, field: 'theme' }, { col: 4, field: 'people' }], seq: true });
    expect(v.scheduleLabels(0)).toEqual(new SheetView(grid).scheduleLabels(0));
  });
});

describe('SheetView.demandLabels and scheduleLabels (one pass over a row finds both)', () => {
  // what each cell of a row gives when read on its own: text cells not inside a merge, trimmed,
  // up to 40 characters for a demand label (or 序号) and up to 20 for a schedule label
  function plain(v: SheetView, row: number) {
    const cells: { col: number; field: string }[] = [];
    const sched: { col: number; field: string; text: string }[] = [];
    let seq = false;
    for (let c = 0; c < v.rowLength(row); c++) {
      const cell = v.cell(row, c);
      if (!cell || typeof cell.v !== 'string' || cell.err || v.isContinuation(row, c)) continue;
      const t = v.text(row, c);
      if (t === '') continue;
      if (t.length <= 40) {
        if (isSeqLabel(t)) seq = true;
        const f = demandLabelField(t);
        if (f) cells.push({ col: c, field: f });
      }
      const s = t.length <= 20 ? matchLabel(SCHEDULE_INDEX, t) : undefined;
      if (s) sched.push({ col: c, field: s, text: t });
    }
    return { cells, seq, sched };
  }
  // (texts that start with a space or a mark too: scanLabels reads the first code unit itself and asks
  // labelHeadKinds only then)
  const texts = ['日期', ' 日 期 ', '国家（地区）', '经费预算（万元）', '序号', '上午', '时段', '培训内容', '柏林', '', '  ', '备注',
    '国家' + '很'.repeat(19), '培训内容' + '长'.repeat(37), '日期' + '长'.repeat(30), '*培训内容', '\u3000日期', '※序号', '\u200b人数', '** 柏林'];
  const cellValue = fc.oneof(fc.constantFrom(...texts), fc.constant(null), fc.integer({ min: 0, max: 99 }), fc.constant(true));

  test('each row gives what its cells give one by one, merges and non-text cells left out', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 7 }), { maxLength: 5 }), fc.boolean(), (rows, merged) => {
        const s = sheetFromRows('s', rows as CellValue[][], merged ? [{ r0: 0, c0: 0, r1: 1, c1: 2 }] : []);
        (s.cells[0] ??= [])[5] = { v: null, err: '#N/A' };
        const v = new SheetView(s);
        // asked in both orders: whichever comes first makes both
        for (let r = 0; r < rows.length + 1; r++) {
          const want = plain(v, r);
          const sched = r % 2 === 0 ? v.scheduleLabels(r) : undefined;
          expect(v.demandLabels(r)).toEqual({ cells: want.cells, seq: want.seq });
          expect(sched ?? v.scheduleLabels(r)).toEqual(want.sched);
        }
      }),
      { numRuns: 500 },
    );
  });
  test('examples at the limits: 20 characters for a schedule label, 40 for a demand label', () => {
    const spaced = (a: string, b: string, n: number) => a + ' '.repeat(n - 2) + b; // n characters, key `ab`
    const v = new SheetView(sheetFromRows('s', [
      [' 日 期 ', '国家（地区）', spaced('日', '期', 20), spaced('日', '期', 21), '序号', '柏林', spaced('经', '费', 40), spaced('经', '费', 41)],
    ]));
    expect(v.scheduleLabels(0)).toEqual([{ col: 0, field: 'date', text: '日 期' }, { col: 1, field: 'country', text: '国家（地区）' }, { col: 2, field: 'date', text: spaced('日', '期', 20) }]);
    expect(v.demandLabels(0)).toEqual({ cells: [{ col: 1, field: 'countries' }, { col: 6, field: 'budget' }], seq: true });
    expect(v.scheduleLabels(1)).toEqual([]);
    expect(v.demandLabels(1)).toEqual({ cells: [], seq: false });
  });
});

describe('isFooterText: its first look by char code is the regular expression it replaces', () => {
  // the first look as it was: leading `\s` (and U+3000), then one of the footer words' first characters
  const firstLookRe = /^[\s\u3000]*[备注说填制审负单经联]/;
  const footerWords = ['备注', '注', '说明', '填表说明', '填表人', '填报人', '制表人', '制表', '审核人', '负责人', '单位负责人', '经办人', '联系人', '联系电话'];
  test('every code unit before, and as, the first character', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch + '备注：略', ch + ch + '注：1']) {
        const want = firstLookRe.test(t);
        // a text the first look rejects is never a footer; one it accepts is judged by the words
        if (!want) expect(isFooterText(t)).toBe(false);
        else if (/^\s*备注：略$/.test(t)) expect(isFooterText(t)).toBe(true);
      }
    }
  });
  test('spaces of every kind `\\s` knows, then a footer word or not', () => {
    const space = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', '\u180e');
    const rest = fc.oneof(fc.constantFrom(...footerWords.flatMap((w) => [w, w + '：', w + '：王', w + '1.'])), fc.string(), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(space, { maxLength: 4 }), rest, (sp, r) => {
        const t = sp.join('') + r;
        if (!firstLookRe.test(t)) expect(isFooterText(t)).toBe(false);
        else expect(isFooterText(t)).toBe(isFooterText(t.replace(/^[\s\u3000]+/, ''))); // the spaces change nothing once past
      }),
      { numRuns: 4000 },
    );
    expect(isFooterText('\u200b备注：略')).toBe(false); // a zero-width space is not `\s`
    expect(isFooterText('\ufeff\u3000备注：略')).toBe(true);
    expect(isFooterText('\u2028注：1')).toBe(true);
    expect(isFooterText('\u0085备注：略')).toBe(false); // NEL is not `\s` in ECMAScript
  });
});

describe('isTotalText: the first look by the first character', () => {
  // the definition without the first look
  const WORDS = new Set(['合计', '小计', '总计', '共计', '总合计', '累计', '合计数']);
  const plain = (t: string) => t.length <= 12 && t.indexOf('计') >= 0 && WORDS.has(removeSpaces(toHalfWidth(t)).replace(/[:]$/, ''));

  test('every code unit before 计, alone or after spaces of every kind, and before a total word (a space skipped or not)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch + '计', ch + ' 计', '\u3000' + ch + '计', '\u200b' + ch + '计：', ch + '计数', ch + '合计', ch + ch + '小计']) expect(isTotalText(t)).toBe(plain(t));
    }
    expect(isTotalText('合  计')).toBe(true);
    expect(isTotalText('\u3000小计：')).toBe(true);
    expect(isTotalText('总 合 计')).toBe(true);
    expect(isTotalText('合计金额')).toBe(false);
    expect(isTotalText('   ')).toBe(false);
  });

  test('any text of total words, spaces, colons and other characters', () => {
    const part = fc.oneof(fc.constantFrom('合', '小', '总', '共', '累', '计', '数', '：', ':', ' ', '\u3000', '\u200b', '\ufeff', '\t', 'Ａ'), fc.string({ maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const t = parts.join('');
        expect(isTotalText(t)).toBe(plain(t));
      }),
      { numRuns: 5000 },
    );
  });
});
