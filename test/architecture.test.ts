/**
 * The dependency rules (docs/DESIGN.md, "Dependency rules"): checked over every file under src/, and the
 * checker itself shown to fail on each kind of violation (the ones issue 11 found among them).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkFile, checkFiles, codeOnly, importsOf, type SourceFile } from './support/architecture';

const ROOT = path.join(__dirname, '..');

function sources(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|js)$/.test(e.name)) out.push({ path: rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') });
  }
  return out;
}

const rules = (f: SourceFile) => checkFile(f).map((v) => v.rule);

describe('dependency rules on src/', () => {
  const files = sources('src');

  it('reads every source file (and finds the imports in them)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'src/core/review.ts')).toBe(true);
    expect(importsOf(files.find((f) => f.path === 'src/core/review.ts')!.text).length).toBeGreaterThan(3);
  });

  it('has no violation', () => {
    expect(checkFiles(files)).toEqual([]);
  });
});

describe('the checker fails on', () => {
  it('an import from src/core to outside it (a host, the pane, a Node package)', () => {
    expect(rules({ path: 'src/core/review.ts', text: "import { readWorkbookBytes } from '../hosts/files/read';" })).toEqual(['core-imports']);
    expect(rules({ path: 'src/core/rules/sc2020/duration.ts', text: "import type { Strings } from '../../../app/i18n';" })).toEqual(['core-imports']);
    expect(rules({ path: 'src/core/ce/read.ts', text: "import * as fs from 'fs';" })).toEqual(['core-imports']);
    expect(rules({ path: 'src/core/ce/read.ts', text: "const x = require('fflate');" })).toEqual(['core-imports']);
    expect(rules({ path: 'src/core/index.ts', text: "export { writeXlsx } from '../hosts/files/write/xlsx';" })).toEqual(['core-imports']);
  });

  it('but not on zod or on imports inside src/core', () => {
    expect(rules({ path: 'src/core/settings.ts', text: "import { z } from 'zod';\nimport type { Finding } from './model/findings';\nimport { x } from '../core/grid';" })).toEqual([]);
    expect(rules({ path: 'src/core/settings.ts', text: "import { z } from 'zod/v4';" })).toEqual([]);
  });

  it('an import of a core-internal path from outside src/core (hosts, CLI, pane, ribbon reach the core through src/core/index.ts)', () => {
    expect(rules({ path: 'src/hosts/excel/marks.ts', text: "import { SEVERITY_LABEL } from '../../core/model/findings';" })).toEqual(['core-internal']);
    expect(rules({ path: 'src/cli/ce.ts', text: "import { tallyCe } from '../core/ceReview';" })).toEqual(['core-internal']);
    expect(rules({ path: 'src/app/coreEngine.ts', text: "import type { Pack } from '../core/rules/types';" })).toEqual(['core-internal']);
  });

  it('but not on the public API itself, nor inside src/core, nor in tests of core internals', () => {
    expect(rules({ path: 'src/hosts/excel/marks.ts', text: "import { SEVERITY_LABEL, type Finding } from '../../core';" })).toEqual([]);
    expect(rules({ path: 'src/cli/ce.ts', text: "import { tallyCe } from '../core/index';" })).toEqual([]);
    expect(rules({ path: 'src/cli/merge.ts', text: "import { failedSource } from '../core/lean';" })).toEqual([]);
    expect(rules({ path: 'src/cli/merge.ts', text: "import { failedSource } from '../core/merge';" })).toEqual(['core-internal']);
    expect(rules({ path: 'src/core/review.ts', text: "import { runPacks } from './rules/runner';" })).toEqual([]);
    expect(rules({ path: 'test/core/rules/zj2017.test.ts', text: "import { intercity } from '../../../src/core/rules/zj2017/intercity';" })).toEqual([]);
  });

  it('an Office.js global outside src/hosts/excel (the four places issue 11 found)', () => {
    expect(rules({ path: 'src/taskpane/index.tsx', text: 'const ready = Office.onReady(() => 1);' })).toEqual(['office-globals']);
    expect(rules({ path: 'src/taskpane/i18n/index.ts', text: "if (typeof Office !== 'undefined') return 'x';" })).toEqual(['office-globals']);
    expect(rules({ path: 'src/taskpane/errors.ts', text: 'const ok = e instanceof OfficeExtension.Error;' })).toEqual(['office-globals']);
    expect(rules({ path: 'src/commands/commands.ts', text: 'export async function runReview(event: Office.AddinCommands.Event) {}' })).toEqual(['office-globals']);
    expect(rules({ path: 'src/app/engine.ts', text: 'await Excel.run(async (ctx) => ctx.sync());' })).toEqual(['office-globals']);
    expect(rules({ path: 'src/hosts/wps/index.ts', text: 'Excel.run(fn);' })).toEqual(['office-globals']);
  });

  it('but not inside src/hosts/excel, nor on Office named in a comment or a string, nor on names that merely contain it', () => {
    expect(rules({ path: 'src/hosts/excel/env.ts', text: 'run: (batch) => Excel.run(batch), ok: Office.context.requirements' })).toEqual([]);
    expect(rules({ path: 'src/hosts/host.ts', text: "/** Excel (via Office.js). */\n// Office.onReady is Excel's\nconst s = 'Office.js 加载失败';" })).toEqual([]);
    expect(rules({ path: 'src/app/hosts.ts', text: 'const h = createExcelHost(); ExcelHost.x; host.Excel.y;' })).toEqual([]);
  });

  it('a WPS global outside src/hosts/wps', () => {
    expect(rules({ path: 'src/taskpane/index.tsx', text: 'const app = wps.EtApplication();' })).toEqual(['wps-globals']);
    expect(rules({ path: 'src/hosts/excel/index.ts', text: 'const wb = Application.ActiveWorkbook;' })).toEqual(['wps-globals']);
    expect(rules({ path: 'src/hosts/wps/index.ts', text: 'const wb = Application.ActiveWorkbook; wps.PluginStorage.getItem("x");' })).toEqual([]);
    expect(rules({ path: 'src/app/x.ts', text: 'const a = ctx.workbook.application.calculate;' })).toEqual([]);
  });

  it('an import between hosts (Excel using the browser download, as issue 11 found)', () => {
    expect(rules({ path: 'src/hosts/excel/index.ts', text: "import { saveAsDownload } from '../browser/download';" })).toEqual(['between-hosts']);
    expect(rules({ path: 'src/hosts/browser/index.ts', text: "import type { ExcelHost } from '../excel';" })).toEqual(['between-hosts']);
    expect(rules({ path: 'src/hosts/wps/read.ts', text: "import { parseRect } from '../excel/addresses';" })).toEqual(['between-hosts']);
    expect(rules({ path: 'src/hosts/files/read/index.ts', text: "import { x } from '../../browser/sheets';" })).toEqual(['between-hosts']);
  });

  it('but not on the port or the shared file reader/writer', () => {
    expect(rules({ path: 'src/hosts/excel/index.ts', text: "import type { WorkbookHost } from '../host';\nimport { templateWorkbook } from '../files/write/templates';" })).toEqual([]);
    expect(rules({ path: 'src/app/hosts.ts', text: "import { excelEntry } from '../hosts/excel/entry';\nimport { browserEntry } from '../hosts/browser/entry';" })).toEqual([]);
  });

  it('the ribbon importing the task pane (as src/commands did)', () => {
    expect(rules({ path: 'src/ribbon/commands.ts', text: "import { reviewAll } from '../taskpane/engine';" })).toEqual(['ribbon-taskpane']);
    expect(rules({ path: 'src/ribbon/commands.ts', text: "import { describeError } from '../app/errors';" })).toEqual([]);
  });

  it('the pane or the ribbon reaching into a host instead of the port (as the tabs did with isBrowserHost)', () => {
    expect(rules({ path: 'src/taskpane/components/ReviewTab.tsx', text: "import { isBrowserHost } from '../../hosts/browser/types';" })).toEqual(['ui-host']);
    expect(rules({ path: 'src/taskpane/components/MergeTab.tsx', text: "const w = require('../../hosts/browser/sheets');" })).toEqual(['ui-host']);
    expect(rules({ path: 'src/ribbon/commands.ts', text: "import { createExcelHost } from '../hosts/excel';" })).toEqual(['ui-host']);
    expect(rules({ path: 'src/taskpane/tabs.tsx', text: "import type { WorkbookHost } from '../hosts/host';\nimport { readWorkbookBytes } from '../hosts/files/read';" })).toEqual([]);
  });

  it('sees type-only imports, re-exports, dynamic imports and requires', () => {
    expect(importsOf("import type { A } from './a';\nexport { b } from './b';\nexport * from './c';\nconst d = require('./d');\nawait import('./e');\nimport './f';")).toEqual(['./a', './b', './c', './f', './d', './e']);
    expect(importsOf("// import { x } from './commented';\n/* import { y } from './block'; */")).toEqual([]);
  });

  it('strips comments and strings but keeps the code', () => {
    expect(codeOnly("const a = 'Office.x'; // Excel.run\nb(/* Office. */ c);")).toBe("const a = ''; \nb(  c);");
  });
});
