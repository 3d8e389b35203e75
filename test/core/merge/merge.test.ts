import {
  COL,
  mergeSources,
  mergeToTables,
  newRow,
  readExistingSummary,
  rowFrom,
  resultSheets,
  STATUS_ACTIVE,
  STATUS_WITHDRAWN,
  type ExistingSummary,
  type MergeResult,
  type OutValue,
} from '../../../src/core/merge';
import { failed, reopen, source, T0, T1 } from './helpers';


function existingFrom(result: MergeResult, edit?: (s: ExistingSummary) => void): ExistingSummary {
  const e = readExistingSummary(reopen(resultSheets(result)));
  edit?.(e);
  return e;
}

const byTheme = (r: MergeResult, theme: string) => r.rows.filter((x) => x[COL.theme] === theme);

describe('first merge', () => {
  it('puts every project in 省级汇总 with provenance and counts them', () => {
    const r = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: '智能制造培训班' }, { unit: '甲单位', theme: '医院管理研修班' }]), source('b.xlsx', [{ unit: '乙单位', theme: '农业培训班' }])], { importedAt: T0 });
    expect(r.rows).toHaveLength(3);
    expect(r.counts).toMatchObject({ filesRead: 2, filesFailed: 0, projectsIn: 3, projectsMerged: 3, added: 3, rejected: 0 });
    const row = byTheme(r, '农业培训班')[0];
    expect(row[COL.file]).toBe('b.xlsx');
    expect(row[COL.sheet]).toBe('需求表');
    expect(row[COL.row]).toBe(2);
    expect(row[COL.sha]).toBe('sha-b.xlsx');
    expect(row[COL.importedAt]).toBe(T0);
    expect(row[COL.status]).toBe(STATUS_ACTIVE);
  });

  it('reports a failed file and goes on with the rest', () => {
    const r = mergeSources([failed('bad.xlsx'), source('a.xlsx', [{ unit: '甲', theme: '主题一培训班' }])], { importedAt: T0 });
    expect(r.counts.filesFailed).toBe(1);
    expect(r.counts.filesRead).toBe(1);
    expect(r.rows).toHaveLength(1);
    expect(r.log.find((e) => e.kind === '读取失败')).toMatchObject({ file: 'bad.xlsx', note: '文件是空的（0 字节）' });
  });

  it('lists a rejected row in 导入记录 and counts it as a project row that came in', () => {
    const r = mergeSources([source('a.xlsx', [{ unit: '甲', theme: '主题一培训班' }], { rejected: ['3 | | 德国 | 20'] })], { importedAt: T0 });
    expect(r.counts).toMatchObject({ projectsIn: 2, projectsMerged: 1, rejected: 1 });
    expect(r.log.filter((e) => e.kind === '拒收')).toEqual([expect.objectContaining({ file: 'a.xlsx', row: 3, project: '3 | | 德国 | 20' })]);
  });
});

describe('header union', () => {
  it('keeps every column any unit sent, each as its own column, and reports it', () => {
    const r = mergeSources(
      [
        source('a.xlsx', [{ unit: '甲', theme: 'A培训班', extras: { 备注: '甲的备注', 行前培训安排: '10月' } }]),
        source('b.xlsx', [{ unit: '乙', theme: 'B培训班', extras: { 备注: '乙的备注', 合作协议编号: 'XY-1' } }]),
      ],
      { importedAt: T0 },
    );
    const extras = ['备注', '行前培训安排', '合作协议编号'];
    for (const h of extras) expect(r.header).toContain(h);
    // between the canonical fields and the review columns, in order of first appearance
    expect(r.header.indexOf('备注')).toBeLessThan(r.header.indexOf('行前培训安排'));
    expect(r.header.indexOf('合作协议编号')).toBeLessThan(r.header.indexOf(COL.errors));
    expect(r.header.indexOf('备注')).toBeGreaterThan(r.header.indexOf('归口管理部门联系电话'));
    expect(byTheme(r, 'A培训班')[0]['合作协议编号'] ?? null).toBeNull();
    expect(byTheme(r, 'B培训班')[0]['合作协议编号']).toBe('XY-1');
    const reported = r.log.filter((e) => e.kind === '表头').map((e) => e.field);
    expect(reported).toEqual(['备注', '行前培训安排', '备注', '合作协议编号']);
  });

  it('a unit column named like a reviewer column is renamed, never written into the reviewer column', () => {
    const first = mergeSources([source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }])], { importedAt: T0 });
    const existing = existingFrom(first, (e) => {
      e.reviewerColumns.push('复核人');
      e.rows[0].values['复核人'] = '张三';
    });
    const r = mergeSources([source('a.xlsx', [{ unit: '甲', theme: 'A培训班', extras: { 复核人: '单位写的' } }], { importedAt: T1 })], { existing, importedAt: T1 });
    expect(r.rows[0]['复核人']).toBe('张三');
    expect(r.rows[0]['复核人（单位填报）']).toBe('单位写的');
  });
});

describe('re-merge', () => {
  const firstBatch = () =>
    mergeSources(
      [
        source('甲.xlsx', [
          { unit: '甲单位', theme: '智能制造专题培训班', people: 20 },
          { unit: '甲单位', theme: '医院管理研修班', people: 12 },
        ]),
        source('乙.xlsx', [{ unit: '乙单位', theme: '现代农业培训班', people: 15, extras: { 备注: '乙备注' } }]),
      ],
      { importedAt: T0 },
    );

  it("keeps the reviewer's 审核意见 and own columns, records changes field by field, marks a withdrawn project", () => {
    const existing = existingFrom(firstBatch(), (e) => {
      const row = e.rows.find((x) => x.values[COL.theme] === '智能制造专题培训班')!;
      row.values[COL.opinion] = '同意，压缩人数';
      row.values[COL.approved] = '是';
      e.reviewerColumns.push('复核人');
      row.values['复核人'] = '李四';
    });
    expect(existing.reviewerColumns).toEqual(expect.arrayContaining([COL.opinion, COL.approved, COL.order]));
    // 甲 sends a corrected workbook: fewer people in the first project, the second gone, a new one.
    const second = mergeSources(
      [
        source(
          '甲（修改）.xlsx',
          [
            { unit: '甲单位', theme: '智能制造 专题培训班', people: 18 },
            { unit: '甲单位', theme: '碳中和技术培训班', people: 10 },
          ],
          { importedAt: T1 },
        ),
      ],
      { existing, importedAt: T1 },
    );
    const kept = byTheme(second, '智能制造 专题培训班');
    expect(kept).toHaveLength(1);
    expect(kept[0][COL.opinion]).toBe('同意，压缩人数');
    expect(kept[0][COL.approved]).toBe('是');
    expect(kept[0]['复核人']).toBe('李四');
    expect(kept[0][COL.people]).toBe(18);
    expect(kept[0][COL.file]).toBe('甲（修改）.xlsx');
    const changes = second.log.filter((e) => e.kind === '变更');
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: COL.people, oldValue: 20, newValue: 18 }),
        expect.objectContaining({ field: COL.theme, oldValue: '智能制造专题培训班', newValue: '智能制造 专题培训班' }),
      ]),
    );
    const withdrawn = byTheme(second, '医院管理研修班');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0][COL.status]).toBe(STATUS_WITHDRAWN);
    expect(byTheme(second, '碳中和技术培训班')[0][COL.status]).toBe(STATUS_ACTIVE);
    expect(second.counts).toMatchObject({ added: 1, changed: 1, withdrawn: 1, unchanged: 0, kept: 1, projectsIn: 2, projectsMerged: 2 });
    // 乙 sent nothing: its row is untouched, its unit column kept.
    const yi = existing.rows.find((x) => x.values[COL.unit] === '乙单位')!.values;
    const yiNow = second.rows.find((x) => x[COL.unit] === '乙单位')!;
    for (const [k, v] of Object.entries(yi)) expect(yiNow[k] ?? null).toEqual(v);
    expect(yiNow['备注']).toBe('乙备注');
  });

  it('the same file again changes nothing', () => {
    const existing = existingFrom(firstBatch());
    const again = mergeSources([source('甲.xlsx', [{ unit: '甲单位', theme: '智能制造专题培训班', people: 20 }, { unit: '甲单位', theme: '医院管理研修班', people: 12 }], { importedAt: T1 })], { existing, importedAt: T1 });
    expect(again.counts).toMatchObject({ unchanged: 2, changed: 0, added: 0, withdrawn: 0, kept: 1 });
    expect(again.log.filter((e) => e.kind === '变更')).toEqual([]);
  });

  it('matches by 项目编号 before the theme, and two different 项目编号 never match', () => {
    const first = mergeSources([source('a.xlsx', [{ unit: '甲', theme: '旧主题培训班', id: 'ZJ-1' }, { unit: '甲', theme: '同名培训班', id: 'ZJ-2' }])], { importedAt: T0 });
    const r = mergeSources(
      [source('a.xlsx', [{ unit: '甲', theme: '新主题培训班', id: 'ZJ-1' }, { unit: '甲', theme: '同名培训班', id: 'ZJ-3' }], { importedAt: T1 })],
      { existing: existingFrom(first), importedAt: T1 },
    );
    expect(r.log.find((e) => e.kind === '变更' && e.field === COL.theme)).toMatchObject({ oldValue: '旧主题培训班', newValue: '新主题培训班' });
    // ZJ-2 and ZJ-3 share a theme but are different projects: one withdrawn, one added
    expect(r.counts).toMatchObject({ changed: 1, added: 1, withdrawn: 1 });
  });

  it('a withdrawn project that comes back is restored, not duplicated', () => {
    const first = mergeSources([source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }, { unit: '甲', theme: 'B培训班' }])], { importedAt: T0 });
    const second = mergeSources([source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }], { importedAt: T1 })], { existing: existingFrom(first), importedAt: T1 });
    expect(byTheme(second, 'B培训班')[0][COL.status]).toBe(STATUS_WITHDRAWN);
    const third = mergeSources([source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }, { unit: '甲', theme: 'B培训班' }], { importedAt: T1 })], { existing: existingFrom(second), importedAt: T1 });
    expect(byTheme(third, 'B培训班')).toHaveLength(1);
    expect(byTheme(third, 'B培训班')[0][COL.status]).toBe(STATUS_ACTIVE);
    expect(third.log.some((e) => e.kind === '恢复')).toBe(true);
    // an already withdrawn row of a unit in the batch is not withdrawn twice
    const fourth = mergeSources([source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }], { importedAt: T1 })], { existing: existingFrom(second), importedAt: T1 });
    expect(fourth.counts.withdrawn).toBe(0);
  });

  it('keeps the earlier 导入记录 and appends to it', () => {
    const first = mergeToTables([source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }])], { importedAt: T0 });
    const existing = readExistingSummary(reopen(first.sheets));
    const second = mergeToTables([source('b.xlsx', [{ unit: '乙', theme: 'B培训班' }], { importedAt: T1 })], { existing, importedAt: T1 });
    const log = second.sheets.find((s) => s.name === '导入记录')!.rows;
    const firstLog = first.sheets.find((s) => s.name === '导入记录')!.rows;
    expect(log.length).toBe(firstLog.length + second.result.log.length);
    expect(log.filter((r) => r[0] === '导入时间')).toHaveLength(1);
    expect(log.slice(1, firstLog.length).map((r) => r[2])).toContain('a.xlsx');
  });
});

describe('C-DUPLICATE across files', () => {
  it('flags the later of two projects with the same 组团单位 and 培训班主题 in different files', () => {
    const r = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: 'A培训班' }]), source('a2.xlsx', [{ unit: '甲单位 ', theme: 'A 培训班' }])], { importedAt: T0 });
    expect(r.counts.duplicates).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'C-DUPLICATE', severity: 'warning', file: 'a2.xlsx', sheet: '需求表', cell: 'B2' })]);
    expect(r.rows[0][COL.mergeChecks]).toBeNull();
    expect(String(r.rows[1][COL.mergeChecks])).toMatch(/^跨文件重复（C-DUPLICATE）：/);
  });

  it('does not flag the same theme of two different units', () => {
    const r = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: 'A培训班' }]), source('b.xlsx', [{ unit: '乙单位', theme: 'A培训班' }])], { importedAt: T0 });
    expect(r.counts.duplicates).toBe(0);
    expect(r.findings).toEqual([]);
  });
});

describe('C-DUPLICATE-NUMBER: one 项目编号 from two units', () => {
  it('flags the later row when two different units send the same number (spaces and case ignored)', () => {
    const r = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: 'A培训班', id: 'ZJ2024-001' }]), source('b.xlsx', [{ unit: '乙单位', theme: 'B培训班', id: ' zj2024-001' }])], { importedAt: T0 });
    expect(r.counts.duplicateNumbers).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'C-DUPLICATE-NUMBER', severity: 'warning', file: 'b.xlsx', sheet: '需求表', cell: 'B2' })]);
    expect(r.rows[0][COL.mergeChecks]).toBeNull();
    expect(String(r.rows[1][COL.mergeChecks])).toMatch(/^C-DUPLICATE-NUMBER 项目编号“zj2024-001”与“甲单位”/);
    expect(r.log.filter((e) => e.field === 'C-DUPLICATE-NUMBER')).toHaveLength(1);
    // both rows are kept
    expect(r.rows).toHaveLength(2);
  });

  it('does not flag different numbers, blank numbers, or the same number from the same unit', () => {
    const differ = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: 'A', id: 'ZJ2024-001' }]), source('b.xlsx', [{ unit: '乙单位', theme: 'B', id: 'ZJ2024-002' }])], { importedAt: T0 });
    expect(differ.counts.duplicateNumbers).toBe(0);
    const blank = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: 'A' }]), source('b.xlsx', [{ unit: '乙单位', theme: 'B' }])], { importedAt: T0 });
    expect(blank.counts.duplicateNumbers).toBe(0);
    const sameUnit = mergeSources([source('a.xlsx', [{ unit: '甲单位', theme: 'A', id: 'X-1' }]), source('a2.xlsx', [{ unit: '甲单位', theme: 'B', id: 'X-1' }])], { importedAt: T0 });
    expect(sameUnit.findings.filter((f) => f.ruleId === 'C-DUPLICATE-NUMBER')).toEqual([]);
  });

  it('adds to a C-DUPLICATE note in 合并检查 rather than replacing it', () => {
    const r = mergeSources(
      [source('a.xlsx', [{ unit: '甲单位', theme: 'A培训班', id: 'N-1' }]), source('a2.xlsx', [{ unit: '甲单位', theme: 'A培训班', id: 'N-2' }]), source('b.xlsx', [{ unit: '乙单位', theme: 'C', id: 'N-2' }])],
      { importedAt: T0 },
    );
    expect(String(r.rows[1][COL.mergeChecks])).toMatch(/^跨文件重复（C-DUPLICATE）/);
    expect(String(r.rows[2][COL.mergeChecks])).toMatch(/^C-DUPLICATE-NUMBER/);
  });
});

describe('headers named like Object members', () => {
  it('keeps columns named __proto__, constructor, toString, hasOwnProperty as plain columns with numeric widths', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const extras = Object.fromEntries(names.map((n, i) => [n, `值${i}`]));
    const { result, sheets } = mergeToTables([source('a.xlsx', [{ unit: '甲单位', theme: 'A', extras }])], { importedAt: T0 });
    for (const n of names) expect(result.header).toContain(n);
    const summary = sheets[0];
    for (const w of summary.colWidths ?? []) expect(typeof w).toBe('number');
    const row = summary.rows[1];
    names.forEach((n, i) => expect(row[summary.rows[0].indexOf(n)]).toBe(`值${i}`));
    // and read back for a re-merge: still plain columns
    const again = readExistingSummary(reopen(sheets));
    names.forEach((n, i) => expect(Object.hasOwn(again.rows[0].values, n) && again.rows[0].values[n]).toBe(`值${i}`));
  });

  it('builds rows from entries without touching a prototype: own keys, later entries win, no inherited members', () => {
    const row = rowFrom(new Map<string, OutValue>([['__proto__', 'a'], ['constructor', 'b'], ['人数', 1], ['__proto__', 'c']]));
    expect(Object.getPrototypeOf(row)).toBeNull();
    expect(Object.keys(row)).toEqual(['__proto__', 'constructor', '人数']);
    expect(row['__proto__']).toBe('c');
    expect(row['constructor']).toBe('b');
    expect(row['toString']).toBeUndefined();
    expect(row['hasOwnProperty']).toBeUndefined();
    const copy = newRow(row);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(copy).not.toBe(row);
    expect(Object.entries(copy)).toEqual(Object.entries(row));
    // a plain object would have taken '__proto__' as its prototype instead
    const plain: Record<string, OutValue> = {};
    plain['__proto__'] = 'c';
    expect(Object.keys(plain)).toEqual([]);
  });
});

