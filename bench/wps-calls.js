#!/usr/bin/env node
/**
 * WPS host: how many object-model calls (property reads/writes and method calls) a review costs,
 * counted by the fake of WPS 表格's object model (test/support/fakeWps.ts; there is no WPS here).
 * A 2 000-project plan (需求表 + 日程表, 6 000 merged dates): reading it, then marking 10 and 1 000
 * findings (colour marks, comments, 审核结果 with links), re-marking and clearing. The colour marks
 * must not grow with the findings beyond address chunks; a comment and a link are one call pair each.
 *
 *   npm run build:cli && node bench/wps-calls.js [--projects 2000] [--findings 10,1000] [--json]
 *
 * The host comes from lib/ (npm run build:cli); the fake is compiled from test/support with @swc/core.
 * Counts are deterministic; times are the fake's, for information.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
let host, planMod, FakeWps;
try {
  host = require(path.join(ROOT, 'lib', 'hosts', 'wps', 'index.js'));
} catch (e) {
  console.error(`lib/hosts/wps is missing or stale: run \`npm run build:cli\` first (${e.message})`);
  process.exit(2);
}
/**
 * Test support (test/support, not in lib) compiled with swc into one folder, so that the files' imports of
 * each other resolve (excelPlan imports fakeExcel); their imports of src are type-only.
 */
const SUPPORT_OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-wps-bench-'));
function compileSupport(name) {
  const swc = require('@swc/core');
  const src = path.join(ROOT, 'test', 'support', `${name}.ts`);
  const { code } = swc.transformFileSync(src, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: false });
  const out = path.join(SUPPORT_OUT, `${name}.js`);
  fs.writeFileSync(out, code);
  return out;
}
function requireSupport(name, deps = []) {
  for (const d of deps) compileSupport(d);
  return require(compileSupport(name));
}
({ FakeWps } = requireSupport('fakeWps'));
planMod = requireSupport('excelPlan', ['fakeExcel']);

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : dflt).split(',').map((s) => Number(s.trim()));
}
const [projects] = arg('projects', '2000');
const counts = arg('findings', '10,1000');

function take(fake) {
  const top = [...fake.byMember].sort((a, b) => b[1] - a[1]);
  const r = { calls: fake.calls, conditions: fake.byMember.get('FormatConditions.Add') ?? 0, comments: fake.byMember.get('Range.AddComment') ?? 0, links: fake.byMember.get('Hyperlinks.Add') ?? 0, top: top.slice(0, 5) };
  fake.resetCounters();
  return r;
}

async function main() {
  const t0 = Date.now();
  const rows = [];
  let read = null;
  for (const count of counts) {
    const fake = new FakeWps();
    planMod.buildPlan(fake, projects);
    const h = host.createWpsHost({ app: fake.app });
    fake.resetCounters();
    const [grid] = await h.readWorkbooks();
    const r = take(fake);
    read ??= { ...r, cells: grid.sheets.reduce((n, s) => n + s.cells.reduce((m, row) => m + (row ? row.filter(Boolean).length : 0), 0), 0), merges: grid.sheets.reduce((n, s) => n + s.merges.length, 0) };
    const findings = planMod.buildFindings(projects, count, fake.name);
    await h.applyMarks(findings, { includeInfo: true });
    const apply = take(fake);
    await h.applyMarks(findings, { includeInfo: true });
    const rerun = take(fake);
    await h.clearMarks();
    const clear = take(fake);
    rows.push({ count, apply, rerun, clear });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log('WPS host — object-model calls (fake of WPS 表格; colour marks must not grow with findings beyond chunks)');
  console.log(`read ${projects} projects (${read.cells} cells, ${read.merges} merged areas): ${read.calls} calls (${read.top.map(([m, n]) => `${m} ${n}`).join(', ')})`);
  console.log('findings |  mark calls (conditional formats / comments / links) | re-mark calls | clear calls');
  for (const r of rows)
    console.log(
      `${String(r.count).padStart(8)} | ${String(r.apply.calls).padStart(10)} (${r.apply.conditions} / ${r.apply.comments} / ${r.apply.links})${' '.repeat(18)} | ${String(r.rerun.calls).padStart(13)} | ${String(r.clear.calls).padStart(11)}`,
    );
  const few = rows.find((r) => r.count === 10);
  const many = rows.find((r) => r.count === 1000);
  const summary = few && many ? { projects, readCalls: read.calls, markCalls10: few.apply.calls, markCalls1000: many.apply.calls, conditions10: few.apply.conditions, conditions1000: many.apply.conditions, perFinding1000: many.apply.comments + many.apply.links, clearCalls1000: many.clear.calls } : null;
  if (summary)
    console.log(
      `${projects} projects: read ${summary.readCalls} calls; mark ${summary.markCalls10} calls with 10 findings, ${summary.markCalls1000} with 1 000 — colour marks ${summary.conditions10} → ${summary.conditions1000} conditional formats (address chunks of ≤ 255 characters), plus one comment and one link per finding`,
    );
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s; counts are deterministic)`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ summary }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
