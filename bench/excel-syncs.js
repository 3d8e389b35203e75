#!/usr/bin/env node
/**
 * Excel host: how many context.sync() calls and requests a review costs, measured against the
 * recording fake of the Excel API (src/hosts/excel/testing/fakeExcel.ts; there is no Excel here).
 * For plans of 100 / 2 000 / 10 000 projects (需求表 + 日程表 with merged dates) and 10 / 1 000 /
 * 10 000 findings: reading the workbook, marking (first run and re-run, which first removes the
 * previous marks) and clearing, with the largest request/response payload and address string.
 *
 *   npm run build:cli && node bench/excel-syncs.js [--api 1.18,1.10,1.7] [--projects 100,2000,10000] [--findings 10,1000,10000]
 *
 * Counts are deterministic (no timing); times are printed for information only.
 */
'use strict';
const path = require('path');

const LIB = path.resolve(__dirname, '..', 'lib', 'hosts', 'excel');
let host, fakeMod, planMod;
try {
  host = require(path.join(LIB, 'index.js'));
  fakeMod = require(path.join(LIB, 'testing', 'fakeExcel.js'));
  planMod = require(path.join(LIB, 'testing', 'plan.js'));
} catch (e) {
  console.error(`lib/hosts/excel is missing or stale: run \`npm run build:cli\` first (${e.message})`);
  process.exit(2);
}

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : dflt).split(',').map((s) => s.trim());
}

const apis = arg('api', '1.18,1.10,1.7');
const projectSizes = arg('projects', '100,2000,10000').map(Number);
const findingCounts = arg('findings', '10,1000,10000').map(Number);

const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;

function take(fake) {
  const r = { syncs: fake.syncCount, requests: fake.requestCount, payload: fake.maxPayload, address: fake.maxAddressLength, failed: fake.failedSyncs };
  fake.resetCounters();
  return r;
}

async function main() {
  const rows = [];
  for (const api of apis) {
    for (const projects of projectSizes) {
      let read = null;
      for (const count of findingCounts) {
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
        rows.push({ api, projects, count, read, apply, rerun, clear, ms });
        process.stderr.write('.');
      }
    }
  }
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
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
