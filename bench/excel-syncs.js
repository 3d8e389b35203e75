#!/usr/bin/env node
/**
 * Excel host: how many context.sync() calls and requests a review costs, measured against the
 * recording fake of the Excel API (test/support/fakeExcel.ts; there is no Excel here).
 * By default: a 2 000-project plan (需求表 + 日程表 with merged dates) with 10 and 1 000 findings on
 * ExcelApi 1.18, 1.10 and 1.7 — the figure of issue 3 — plus one large case (10 000 projects,
 * 10 000 findings, ExcelApi 1.18) to show that only chunking adds syncs. For each: reading the
 * workbook, marking (first run and re-run, which first removes the previous marks) and clearing, with
 * the largest request/response payload and address string. `--full` runs the old matrix (projects
 * 100/2 000/10 000 × findings 10/1 000/10 000 × three API levels, a few minutes: the fake is thorough,
 * not fast); `--quick` only the 2 000-project cases on 1.18 and 1.7.
 *
 *   npm run build:cli && node bench/excel-syncs.js [--quick | --full] [--api 1.18,1.10,1.7] [--projects 2000] [--findings 10,1000] [--json]
 *
 * Counts are deterministic (no timing); times are printed for information only.
 */
'use strict';
const path = require('path');

const LIB = path.resolve(__dirname, '..', 'lib', 'hosts', 'excel');
const SUPPORT = path.resolve(__dirname, '..', 'test', 'support');

/** The fake is test code (test/support, not in lib): compiled here with swc as it is loaded; its imports of src are type-only. */
function requireTs(file) {
  const { transformSync } = require('@swc/core');
  const Module = require('module');
  const fs = require('fs');
  const prev = Module._extensions['.ts'];
  Module._extensions['.ts'] = (m, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    m._compile(code, filename);
  };
  try {
    return require(file);
  } finally {
    if (prev) Module._extensions['.ts'] = prev;
    else delete Module._extensions['.ts'];
  }
}

let host, fakeMod, planMod;
try {
  host = require(path.join(LIB, 'index.js'));
  fakeMod = requireTs(path.join(SUPPORT, 'fakeExcel.ts'));
  planMod = requireTs(path.join(SUPPORT, 'excelPlan.ts'));
} catch (e) {
  console.error(`lib/hosts/excel is missing or stale: run \`npm run build:cli\` first (${e.message})`);
  process.exit(2);
}

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : dflt).split(',').map((s) => s.trim());
}

const full = process.argv.includes('--full');
const quick = process.argv.includes('--quick');
const apis = arg('api', quick ? '1.18,1.7' : '1.18,1.10,1.7');
const projectSizes = arg('projects', full ? '100,2000,10000' : '2000').map(Number);
const findingCounts = arg('findings', full ? '10,1000,10000' : '10,1000').map(Number);
const explicit = ['--api', '--projects', '--findings'].some((a) => process.argv.includes(a));
/** [api, projects, findings] cases beyond the matrix: the large one, unless sizes were given. */
const extra = full || quick || explicit ? [] : [['1.18', 10000, 10000]];

const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;

function take(fake) {
  const r = { syncs: fake.syncCount, requests: fake.requestCount, payload: fake.maxPayload, address: fake.maxAddressLength, failed: fake.failedSyncs };
  fake.resetCounters();
  return r;
}

async function measure(api, projects, counts) {
  const out = [];
  let read = null;
  for (const count of counts) {
    const fake = new fakeMod.FakeExcel({ api });
    planMod.buildPlan(fake, projects);
    const h = host.createExcelHost({ env: fake.env() });
    const t0 = process.hrtime.bigint();
    if (!read) {
      await h.readWorkbooks();
      read = take(fake);
    }
    const findings = planMod.buildFindings(projects, count);
    fake.resetCounters();
    await h.applyMarks(findings, { includeInfo: true });
    const apply = take(fake);
    await h.applyMarks(findings, { includeInfo: true });
    const rerun = take(fake);
    await h.clearMarks();
    const clear = take(fake);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    out.push({ api, projects, count, read, apply, rerun, clear, ms });
    process.stderr.write('.');
  }
  return out;
}

async function main() {
  const t0 = Date.now();
  const rows = [];
  for (const api of apis) for (const projects of projectSizes) rows.push(...(await measure(api, projects, findingCounts)));
  for (const [api, projects, count] of extra) rows.push(...(await measure(api, projects, [count])));
  process.stderr.write('\n');
  console.log('Excel host — context.sync() calls / requests (recording fake; syncs must not grow with findings beyond chunks)');
  console.log('ExcelApi  projects  findings |  read syncs/requests | apply syncs/requests | re-run syncs/requests | clear syncs/requests | max payload | max address | fake time');
  for (const r of rows) {
    const c = (x) => `${String(x.syncs).padStart(3)} / ${String(x.requests).padStart(6)}`;
    console.log(
      `${r.api.padEnd(8)}  ${String(r.projects).padStart(8)}  ${String(r.count).padStart(8)} |      ${c(r.read)}    |     ${c(r.apply)}    |      ${c(r.rerun)}    |     ${c(r.clear)}    | ${mb(Math.max(r.read.payload, r.apply.payload, r.rerun.payload, r.clear.payload)).padStart(11)} | ${String(Math.max(r.apply.address, r.rerun.address)).padStart(11)} | ${r.ms.toFixed(0).padStart(6)} ms`,
    );
    const failed = r.read.failed + r.apply.failed + r.rerun.failed + r.clear.failed;
    if (failed) console.log(`  (${failed} sync(s) refused for size and retried smaller)`);
  }
  // the figure of issue 3: a 2 000-project plan, 10 vs 1 000 findings, per API level
  const summary = [];
  for (const api of apis) {
    const few = rows.find((r) => r.api === api && r.projects === 2000 && r.count === 10);
    const many = rows.find((r) => r.api === api && r.projects === 2000 && r.count === 1000);
    if (!few || !many) continue;
    const same = few.apply.syncs === many.apply.syncs && few.rerun.syncs === many.rerun.syncs && few.clear.syncs === many.clear.syncs;
    const maxPayload = Math.max(...[few, many].flatMap((r) => [r.read.payload, r.apply.payload, r.rerun.payload, r.clear.payload]));
    const maxAddress = Math.max(...[few, many].flatMap((r) => [r.apply.address, r.rerun.address]));
    summary.push({ api, readSyncs: many.read.syncs, markSyncs10: few.apply.syncs, markSyncs1000: many.apply.syncs, rerunSyncs1000: many.rerun.syncs, clearSyncs1000: many.clear.syncs, independent: same, maxPayload, maxAddress });
    console.log(
      `2 000 projects, ExcelApi ${api}: read ${many.read.syncs} syncs; mark ${few.apply.syncs} syncs with 10 findings, ${many.apply.syncs} with 1 000 (re-run ${few.rerun.syncs} / ${many.rerun.syncs}, clear ${few.clear.syncs} / ${many.clear.syncs}) — ${same ? 'independent of the finding count' : 'GROWS with the finding count'}; largest request ${mb(maxPayload)} (limit 5 MB), longest address ${maxAddress} characters (limit 8 192)`,
    );
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s; counts are deterministic, times are the fake's, for information)`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ summary }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
