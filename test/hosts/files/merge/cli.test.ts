/**
 * `peixun merge` and `peixun export` in-process on real files: folders searched recursively with
 * hidden and ~$ files skipped, a broken file reported while the rest go on, inputs never modified,
 * --json counts, a re-merge with --into that keeps what the reviewer typed, and export of approved
 * projects as 需求表 files.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { runMerge } from '../../../../src/cli/merge';
import { runExport } from '../../../../src/cli/export';
import { COL } from '../../../../src/core/merge';
import { readSummaryFile, writeSheets } from '../../../../src/hosts/files/merge';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';

const UNITS = path.join(__dirname, '../../../fixtures/merge/units');

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdout, stderr, isTTY: false }, out: () => out, err: () => err };
}

const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('peixun merge / export', () => {
  let dir: string;
  let inputs: string[];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-merge-'));
    const src = fs.readdirSync(UNITS).filter((f) => f.endsWith('.xlsx')).sort();
    fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
    src.slice(0, 3).forEach((f) => fs.copyFileSync(path.join(UNITS, f), path.join(dir, 'in', f)));
    src.slice(3, 5).forEach((f) => fs.copyFileSync(path.join(UNITS, f), path.join(dir, 'in', 'sub', f)));
    fs.copyFileSync(path.join(UNITS, src[5]), path.join(dir, 'in', '~$lock.xlsx'));
    fs.copyFileSync(path.join(UNITS, src[6]), path.join(dir, 'in', '.hidden.xlsx'));
    fs.writeFileSync(path.join(dir, 'in', 'broken.xlsx'), 'this is not a workbook');
    fs.writeFileSync(path.join(dir, 'in', 'readme.txt'), 'not merged');
    inputs = [];
    const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : inputs.push(path.join(d, e.name))));
    walk(path.join(dir, 'in'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('merges a folder, reports the broken file, skips hidden and ~$ files, leaves inputs untouched', async () => {
    const before = inputs.map(sha);
    const t = io();
    const out = path.join(dir, 'summary.xlsx');
    const code = await runMerge([path.join(dir, 'in'), '--out', out, '--json'], t.io);
    expect(code).toBe(1); // a file failed
    const j = JSON.parse(t.out());
    expect(j).toMatchObject({ filesRead: 5, filesFailed: 1, rejected: 0 });
    expect(j.projectsIn).toBe(j.projectsMerged + j.rejected);
    expect(j.added).toBe(j.projectsMerged);
    expect(j.failedFiles).toEqual([{ file: path.join(dir, 'in', 'broken.xlsx'), reason: expect.stringMatching(/不是 Excel 工作簿|不是/) }]);
    expect(inputs.map(sha)).toEqual(before);
    const grid = readWorkbookBytes(fs.readFileSync(out), out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['省级汇总', '单位汇总', '导入记录']);
    const summary = readSummaryFile(out);
    expect(summary.rows).toHaveLength(j.projectsMerged);
    expect(new Set(summary.rows.map((r) => path.basename(String(r.values[COL.file]))))).not.toContain('~$lock.xlsx');
  });

  it('re-merges with --into: keeps the reviewer columns, and exports approved projects', async () => {
    const first = path.join(dir, 'summary.xlsx');
    // the reviewer approves the first project and adds a column of their own
    const summary = readSummaryFile(first);
    const header = [...summary.header, '复核人'];
    const rows = summary.rows.map((r, i) => header.map((h) => (h === COL.opinion && i === 0 ? '同意' : h === COL.approved && i === 0 ? '是' : h === '复核人' ? `复核${i}` : r.values[h] ?? null)));
    const edited = path.join(dir, 'edited.xlsx');
    fs.writeFileSync(edited, writeSheets([{ name: '省级汇总', rows: [header, ...rows] }]));

    const t = io();
    const out2 = path.join(dir, 'summary2.xlsx');
    const code = await runMerge([path.join(dir, 'in', 'sub'), '--into', edited, '--out', out2, '--json'], t.io);
    expect(code).toBe(0);
    const j = JSON.parse(t.out());
    expect(j.added).toBe(0);
    expect(j.unchanged).toBe(j.projectsMerged); // the same files again: nothing changed after the round trip through .xlsx
    expect(j.withdrawn).toBe(0);
    const again = readSummaryFile(out2);
    expect(again.rows).toHaveLength(summary.rows.length);
    expect(again.reviewerColumns).toContain('复核人');
    again.rows.forEach((r, i) => expect(r.values['复核人']).toBe(`复核${i}`));
    expect(again.rows[0].values[COL.opinion]).toBe('同意');

    const te = io();
    const outDir = path.join(dir, 'export');
    expect(await runExport(['--format', 'most-demand-form', '--in', out2, '--out', outDir], te.io)).toBe(0);
    const exported = fs.readdirSync(outDir);
    expect(exported).toHaveLength(1);
    const form = readWorkbookBytes(fs.readFileSync(path.join(outDir, exported[0])), exported[0]);
    const texts = form.sheets[0].cells.flat().map((c) => String(c?.v ?? ''));
    expect(texts).toContain('培训班主题');
    expect(texts).toContain(String(again.rows[0].values[COL.theme]));
    expect(texts).toContain('组团单位公章');
  });

  it('usage errors exit 2', async () => {
    await expect(runMerge([path.join(dir, 'in')], io().io)).rejects.toThrow(/--out/);
    await expect(runExport(['--format', 'other', '--in', 'x.xlsx', '--out', dir], io().io)).rejects.toThrow(/未知格式/);
  });
});

describe('export round trip', () => {
  it('the exported 需求表 reads back, by our own reader, as a form with the same fields', () => {
    const { parseWorkbook } = require('../../../../src/core/sheets');
    const { demandFormSheet } = require('../../../../src/core/merge');
    const row = {
      values: {
        [COL.theme]: '智能制造专题培训班',
        [COL.unit]: '杭州市科学技术局',
        [COL.adminDept]: '省科技厅',
        [COL.countries]: '德国',
        [COL.people]: 20,
        [COL.days]: 7,
        [COL.budget]: 30.5,
        [COL.mode]: '线上',
        预计办班时间: '2022年9月',
        联系人: '王伟',
        电话: '0571-87654321',
        培训对象: '科研骨干',
        境外培训机构: '慕尼黑工业大学',
        是否境外培训合作机构: '是',
        是否有境外资助: '无',
        培训目的: '学习先进经验',
        培训主要内容和必要性: '工业4.0',
      },
    };
    const grid = readWorkbookBytes(writeSheets([demandFormSheet(row)]), 'form.xlsx');
    const parsed = parseWorkbook(grid);
    expect(parsed.projects).toHaveLength(1);
    const p = parsed.projects[0];
    expect(p.layout).toBe('form');
    expect(p.fields.theme.text).toBe('智能制造专题培训班');
    expect(p.fields.unit.text).toBe('杭州市科学技术局');
    expect(p.people.value).toBe(20);
    expect(p.days.value).toBe(7);
    expect(p.budgetWan.value).toBe(30.5);
    expect(p.countries.value).toEqual(['德国']);
    expect(p.isPartner).toMatchObject({ yes: true, no: false });
    expect(p.hasSponsor).toMatchObject({ yes: false, no: true });
  });
});
