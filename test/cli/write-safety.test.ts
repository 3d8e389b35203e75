/**
 * What the command line writes (issue 10 items 3–5): never onto an input (also through links),
 * through a temporary file, valid even from hostile inputs (DOCTYPE / entities, 40 000-character
 * cells, .ods), and every failure one Chinese line with exit 2. Inputs are generated here from the
 * small examples; each test checks the inputs stay byte-identical and reopens what was written.
 *
 * Runs as root in CI, where chmod does not stop a write: unwritable targets are made with a path
 * through a file (ENOTDIR); disk full and permission errors are covered by
 * test/hosts/files/write/safeWrite.test.ts with a mocked fs.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { hasSoffice, soffice } from '../hosts/files/write/helpers';
import { run } from './helpers';

const EX = path.join(__dirname, '../../examples');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-write-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function copyExample(name: string, as = name): string {
  const p = path.join(dir, as);
  fs.copyFileSync(path.join(EX, name), p);
  return p;
}

/** Every file under `d` (relative), to see that nothing stray (a temp file) was left. */
function listing(d: string): string[] {
  return fs.readdirSync(d, { recursive: true, withFileTypes: false }).map(String).sort();
}

function expectOneLine(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

const LOLS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  [2, 3, 4, 5, 6, 7, 8, 9].map((n) => `<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`).join('') +
  '<!-- a ] and a > inside a comment --><!ENTITY q \'it"s ]>\'>]>';
const XXE = '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const LONG = 40_000;

/** zj-problems with DOCTYPEs (billion laughs, XXE) in four parts, an entity reference and a 40 000-character cell. */
function hostileWorkbook(): string {
  const parts = unzipSync(fs.readFileSync(path.join(EX, 'zj-problems.xlsx')));
  const dec = (n: string) => new TextDecoder().decode(parts[n]);
  const withDoctype = (xml: string, dt: string) => xml.replace(/^(<\?xml[^>]*\?>)/, `$1${dt}`);
  let sst = withDoctype(dec('xl/sharedStrings.xml'), LOLS);
  let i = 0;
  sst = sst.replace(/<si>([\s\S]*?)<\/si>/g, (whole) => {
    const n = i++;
    if (n === 27) return '<si><t>前&lol9;后&xxe;</t></si>';
    // ASCII: LibreOffice takes minutes to lay out 32 767 CJK characters
    if (n === 26) return `<si><t>${'x'.repeat(LONG)}</t></si>`;
    return whole;
  });
  parts['xl/sharedStrings.xml'] = new TextEncoder().encode(sst);
  parts['xl/workbook.xml'] = new TextEncoder().encode(withDoctype(dec('xl/workbook.xml'), XXE));
  parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(withDoctype(dec('xl/worksheets/sheet1.xml'), LOLS));
  parts['docProps/core.xml'] = new TextEncoder().encode(withDoctype(dec('docProps/core.xml'), XXE));
  const file = path.join(dir, 'hostile.xlsx');
  fs.writeFileSync(file, zipSync(parts));
  return file;
}

describe('marked copy of a hostile .xlsx', () => {
  test('no DOCTYPE in any part, entity references kept as literal text, the 40 000-character cell cut to 32 767 with a finding', async () => {
    const input = hostileWorkbook();
    const before = sha(input);
    const out = path.join(dir, 'copy.xlsx');
    const r = await run('review', input, '--packs', 'zj2017', '--as-of', '2024-07-01', '--out', out, '--json');
    expect([0, 1]).toContain(r.code);
    expect(sha(input)).toBe(before);
    expect(r.stderr).toContain(`已写出标记副本：${out}`);

    const copy = unzipSync(fs.readFileSync(out));
    for (const [name, bytes] of Object.entries(copy)) {
      if (/\.(xml|rels|vml)$/.test(name)) expect(`${name}: ${new TextDecoder().decode(bytes).includes('<!DOCTYPE')}`).toBe(`${name}: false`);
    }
    const inGrid = readWorkbookBytes(fs.readFileSync(input), input);
    const outGrid = readWorkbookBytes(fs.readFileSync(out), out);
    const cellText = (g: typeof inGrid, ref: [number, number]) => g.sheets.find((s) => s.name === '培训需求表')!.cells[ref[0]]![ref[1]]!.v;
    // H2 (si 27): what our reader showed from the input, the copy shows too
    expect(cellText(outGrid, [1, 7])).toBe(cellText(inGrid, [1, 7]));
    expect(String(cellText(outGrid, [1, 7]))).toContain('&lol9;');
    // G2 (si 26): cut
    expect(String(cellText(inGrid, [1, 6])).length).toBe(LONG);
    expect(String(cellText(outGrid, [1, 6]))).toBe('x'.repeat(32767));
    const json = JSON.parse(r.stdout) as { findings: { ruleId: string; sheet: string; cell: string; message: string }[] };
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'C-NORMALISED', sheet: '培训需求表', cell: 'G2' }));
    expect(outGrid.sheets.map((s) => s.name)).toContain('审核结果');
  });

  (hasSoffice() ? test : test.skip)('LibreOffice opens the copy and reads the same cells', async () => {
    const input = hostileWorkbook();
    const out = path.join(dir, 'copy.xlsx');
    await run('review', input, '--out', out);
    const csv = fs.readFileSync(soffice(fs.readFileSync(out), 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true', 'csv'), 'utf8');
    expect(csv).toContain('前&lol9;后&xxe;');
    expect(csv).toContain('x'.repeat(32767));
    expect(csv).not.toContain('x'.repeat(32768));
    expect(csv).not.toContain('lollol');
  }, 180_000);
});

describe('marked copy of a macro workbook (.xlsm)', () => {
  test('is a plain .xlsx without the VBA project, which LibreOffice opens', async () => {
    const parts = unzipSync(fs.readFileSync(path.join(EX, 'zj-problems.xlsx')));
    const dec = (n: string) => new TextDecoder().decode(parts[n]);
    const enc = (t: string) => new TextEncoder().encode(t);
    parts['[Content_Types].xml'] = enc(
      dec('[Content_Types].xml')
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    parts['xl/_rels/workbook.xml.rels'] = enc(
      dec('xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
    );
    parts['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
    const input = path.join(dir, '宏.xlsm');
    fs.writeFileSync(input, zipSync(parts));
    const before = sha(input);
    const r = await run('review', input, '--out', dir);
    expect([0, 1]).toContain(r.code);
    const out = path.join(dir, '宏（已审核）.xlsx');
    expect(r.stdout).toContain(`已写出标记副本：${out}`);
    expect(sha(input)).toBe(before);
    const copy = unzipSync(fs.readFileSync(out));
    expect(Object.keys(copy).some((n) => /vbaProject/i.test(n))).toBe(false);
    expect(new TextDecoder().decode(copy['[Content_Types].xml'])).not.toContain('macroEnabled');
    expect(new TextDecoder().decode(copy['xl/_rels/workbook.xml.rels'])).not.toContain('vbaProject');
    expect(readWorkbookBytes(fs.readFileSync(out), out).sheets.map((x) => x.name)).toContain('审核结果');
    if (hasSoffice()) expect(fs.readFileSync(soffice(fs.readFileSync(out), 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true', 'csv'), 'utf8').length).toBeGreaterThan(50);
  }, 180_000);
});

describe('marked copy of a workbook that is not .xlsx', () => {
  test('.ods is rebuilt as a new .xlsx from the grid, and says so', async () => {
    const src = XLSX.read(fs.readFileSync(path.join(EX, 'zj-problems.xlsx')), { type: 'buffer' });
    const input = path.join(dir, '回执.ods');
    fs.writeFileSync(input, XLSX.write(src, { bookType: 'ods', type: 'buffer' }));
    const before = sha(input);
    const r = await run('review', input, '--packs', 'zj2017', '--as-of', '2024-07-01', '--out', dir);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const out = path.join(dir, '回执（已审核）.xlsx');
    expect(r.stdout).toContain(`已写出标记副本：${out}（由 .ods 按读到的内容重建为 .xlsx）`);
    expect(sha(input)).toBe(before);
    const grid = readWorkbookBytes(fs.readFileSync(out), out);
    const orig = readWorkbookBytes(fs.readFileSync(input), input);
    expect(grid.sheets.map((s) => s.name)).toEqual([...orig.sheets.map((s) => s.name), '审核结果']);
    const b2 = (g: typeof grid) => g.sheets[0].cells[1]![1]!.v;
    expect(b2(grid)).toBe(b2(orig));
  });

  test('.csv gives a marked .xlsx', async () => {
    const input = copyExample('sc-plan-gbk.csv', '计划.csv');
    const out = path.join(dir, 'out.xlsx');
    const r = await run('review', input, '--out', out);
    expect([0, 1]).toContain(r.code);
    expect(readWorkbookBytes(fs.readFileSync(out), out).sheets.map((s) => s.name)).toContain('审核结果');
  });
});

describe('headers named like Object members', () => {
  test('merge of a list with columns __proto__, constructor, toString, hasOwnProperty: numeric widths, values kept, valid for LibreOffice', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const wb = XLSX.read(fs.readFileSync(path.join(EX, 'sc-plan.xlsx')), { type: 'buffer' });
    const ws = wb.Sheets[wb.SheetNames[0]];
    names.forEach((n, i) => {
      XLSX.utils.sheet_add_aoa(ws, [[n]], { origin: { r: 1, c: 11 + i } });
      XLSX.utils.sheet_add_aoa(ws, [[`值${i}`]], { origin: { r: 3, c: 11 + i } });
    });
    ws['!ref'] = 'A1:O8';
    const input = path.join(dir, 'proto.xlsx');
    fs.writeFileSync(input, XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    const before = sha(input);
    const out = path.join(dir, 's.xlsx');
    const r = await run('merge', input, '--out', out);
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const sheetXml = new TextDecoder().decode(unzipSync(fs.readFileSync(out))['xl/worksheets/sheet1.xml']);
    for (const w of sheetXml.match(/width="[^"]*"/g) ?? []) expect(w).toMatch(/^width="\d+(\.\d+)?"$/);
    const grid = readWorkbookBytes(fs.readFileSync(out), out);
    const rows = grid.sheets.find((x) => x.name === '省级汇总')!.cells;
    const header = rows[0]!.map((c) => c?.v);
    names.forEach((n, i) => {
      const col = header.findIndex((h) => h === n || String(h).startsWith(n));
      expect(col).toBeGreaterThanOrEqual(0);
      expect(rows[1]![col]?.v).toBe(`值${i}`);
    });
    if (hasSoffice()) {
      const csv = fs.readFileSync(soffice(fs.readFileSync(out), 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true', 'csv'), 'utf8');
      expect(csv).toContain('__proto__');
      expect(csv).toContain('值3');
    }
  }, 180_000);
});

describe('nothing an input lost', () => {
  test('merge --out naming one of its inputs: refused, exit 2, input unchanged', async () => {
    const a = copyExample('zj-clean.xlsx', 'a.xlsx');
    const b = copyExample('zj-problems.xlsx', 'b.xlsx');
    const before = [sha(a), sha(b)];
    const r = await run('merge', a, b, '--out', a);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`“${a}”`);
    expect([sha(a), sha(b)]).toEqual(before);
    expect(listing(dir)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  test('merge --out naming a unit return found in the merged folder: refused', async () => {
    const returns = path.join(dir, 'returns');
    fs.mkdirSync(returns);
    fs.copyFileSync(path.join(EX, 'zj-clean.xlsx'), path.join(returns, 'a.xlsx'));
    fs.copyFileSync(path.join(EX, 'zj-problems.xlsx'), path.join(returns, 'b.xlsx'));
    const before = sha(path.join(returns, 'a.xlsx'));
    const r = await run('merge', returns, '--out', path.join(returns, 'a.xlsx'));
    expect(r.code).toBe(2);
    expect(sha(path.join(returns, 'a.xlsx'))).toBe(before);
  });

  test('merge --out an earlier summary in the merged folder: skipped as input and replaced (the documented re-run)', async () => {
    const returns = path.join(dir, 'returns');
    fs.mkdirSync(returns);
    fs.copyFileSync(path.join(EX, 'zj-clean.xlsx'), path.join(returns, 'a.xlsx'));
    const summary = path.join(returns, '汇总.xlsx');
    expect((await run('merge', returns, '--out', summary)).code).toBe(0);
    const again = await run('merge', returns, '--out', summary, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).filesRead).toBe(1);
  });

  test('review --out through a symbolic link to the input, and through a hard link: refused, input unchanged', async () => {
    const input = copyExample('zj-problems.xlsx', 'in.xlsx');
    const before = sha(input);
    const sym = path.join(dir, 'sym.xlsx');
    fs.symlinkSync(input, sym);
    const hard = path.join(dir, 'hard.xlsx');
    fs.linkSync(input, hard);
    for (const out of [sym, hard, input, path.join(dir, '.', 'in.xlsx')]) {
      const r = await run('review', input, '--out', out);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain('输入文件');
      expect(sha(input)).toBe(before);
    }
    expect(listing(dir)).toEqual(['hard.xlsx', 'in.xlsx', 'sym.xlsx']);
  });

  test('ce and export refuse an input as --out', async () => {
    const reg = copyExample('ce-register.xlsx', 'reg.xlsx');
    const before = sha(reg);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(reg, link);
    const r = await run('ce', reg, '--out', link);
    expect(r.code).toBe(2);
    expect(sha(reg)).toBe(before);
  });

  test('a successful write leaves no temporary file and replaces an existing output', async () => {
    const input = copyExample('zj-clean.xlsx', 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    fs.writeFileSync(out, 'old');
    const r = await run('review', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出标记副本：${out}`);
    expect(listing(dir)).toEqual(['in.xlsx', 'out.xlsx']);
    expect(readWorkbookBytes(fs.readFileSync(out), out).sheets.length).toBeGreaterThan(1);
  });
});

describe('clear errors for writes and folder walks', () => {
  test('--out naming an existing folder (merge, template, ce): one line, exit 2, no temporary file', async () => {
    const input = copyExample('zj-clean.xlsx', 'in.xlsx');
    const folder = path.join(dir, 'summary.xlsx');
    fs.mkdirSync(folder);
    for (const argv of [
      ['merge', input, '--out', folder],
      ['template', '--kind', 'demand-form', '--out', folder],
      ['ce', copyExample('ce-register.xlsx', 'reg.xlsx'), '--out', folder],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain('文件夹');
      expect(r.stderr).toContain(folder);
    }
    expect(listing(dir)).toEqual(['in.xlsx', 'reg.xlsx', 'summary.xlsx']);
  });

  test('a path through a file (unwritable folder, ENOTDIR): merge, review, template, export', async () => {
    const input = copyExample('zj-clean.xlsx', 'in.xlsx');
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'x');
    const summary = path.join(dir, 's.xlsx');
    expect((await run('merge', input, '--out', summary)).code).toBe(0);
    for (const argv of [
      ['merge', input, '--out', path.join(blocker, 'sub', 's.xlsx')],
      ['review', input, '--out', path.join(blocker, 'copy.xlsx')],
      ['template', '--kind', 'schedule', '--out', path.join(blocker, 't.xlsx')],
      ['export', '--in', summary, '--out', path.join(blocker, 'forms')],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toMatch(/不是文件夹|路径/);
    }
    expect(listing(dir)).toEqual(['file', 'in.xlsx', 's.xlsx']);
  });

  test('export --out naming an existing file: one line, exit 2, the file untouched', async () => {
    const input = copyExample('zj-clean.xlsx', 'in.xlsx');
    const summary = path.join(dir, 's.xlsx');
    await run('merge', input, '--out', summary);
    const before = sha(summary);
    const r = await run('export', '--in', summary, '--out', summary);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain('不是文件夹');
    expect(sha(summary)).toBe(before);
  });

  test('a missing --standards, --settings, --into or --in: one line naming it, exit 2', async () => {
    const input = copyExample('zj-clean.xlsx', 'in.xlsx');
    const nope = path.join(dir, 'nope.xlsx');
    for (const argv of [
      ['review', input, '--standards', nope],
      ['review', input, '--settings', path.join(dir, 'nope.json')],
      ['merge', input, '--out', path.join(dir, 's.xlsx'), '--into', nope],
      ['export', '--in', nope, '--out', path.join(dir, 'forms')],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain('文件不存在');
      expect(r.stderr).not.toContain('ENOENT');
    }
    expect(listing(dir)).toEqual(['in.xlsx']);
  });

  test('a folder with no workbook: said so, exit 2, no summary written', async () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'readme.txt'), 'x');
    const out = path.join(dir, 's.xlsx');
    for (const argv of [['merge', empty, '--out', out], ['review', empty], ['ce', empty]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain('没有工作簿');
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  test('a symbolic-link loop is named as such (not 文件不存在), exit 2', async () => {
    const loop = path.join(dir, 'loop');
    fs.symlinkSync(loop, loop);
    const folder = path.join(dir, 'returns');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(EX, 'zj-clean.xlsx'), path.join(folder, 'a.xlsx'));
    fs.symlinkSync(path.join(folder, 'self'), path.join(folder, 'self'));
    for (const argv of [['review', loop], ['merge', folder, '--out', path.join(dir, 's.xlsx')]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain('循环的符号链接');
      expect(r.stderr).not.toContain('不存在');
    }
    expect(fs.existsSync(path.join(dir, 's.xlsx'))).toBe(false);
  });

  test('a folder linked into itself is walked once', async () => {
    const folder = path.join(dir, 'returns');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(EX, 'zj-clean.xlsx'), path.join(folder, 'a.xlsx'));
    fs.symlinkSync(folder, path.join(folder, 'again'));
    const r = await run('review', folder, '--json');
    expect(new Set((JSON.parse(r.stdout) as { projects: { file: string }[] }).projects.map((p) => p.file)).size).toBe(1);
  });

  (process.getuid?.() === 0 ? test.skip : test)('an unreadable subfolder (EACCES, non-root only): named, exit 2', async () => {
    const folder = path.join(dir, 'returns');
    fs.mkdirSync(path.join(folder, 'locked'), { recursive: true });
    fs.chmodSync(path.join(folder, 'locked'), 0);
    try {
      const r = await run('review', folder);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('没有权限读取');
    } finally {
      fs.chmodSync(path.join(folder, 'locked'), 0o755);
    }
  });
});
