#!/usr/bin/env node
/**
 * Issue 10: peak memory of a 200 000-row demand list through `peixun review` and `peixun merge`
 * (printed, not asserted). The list is the three projects of examples/sc-plan.xlsx repeated with
 * their own 序号 and 培训班主题, written by our writer and cached under /tmp/peixun-bench. Each
 * command runs as the user runs it (bin/peixun.js: the file read and reviewed in a child process);
 * the peak is the largest sum of RSS over the command's process tree, sampled every 50 ms from
 * /proc, beside the largest single process.
 *
 *   node bench/memory.js [--rows 200000] [--json]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, CACHE, arg } = require('./units');
const { runSampled } = require('./tree-rss');

const ROWS = Number(arg('rows', '200000'));
const json = process.argv.includes('--json');

function makeList(file) {
  if (fs.existsSync(file)) return;
  const { readWorkbookBytes } = require(path.join(ROOT, 'lib/hosts/files/read/node'));
  const { gridToXlsx } = require(path.join(ROOT, 'lib/hosts/files/write/mark'));
  const g = readWorkbookBytes(fs.readFileSync(path.join(ROOT, 'examples/sc-plan.xlsx')), 'sc-plan.xlsx');
  const s = g.sheets[0];
  const body = s.cells.slice(3, 6);
  const cells = s.cells.slice(0, 3);
  for (let i = 0; i < ROWS; i++) {
    const src = body[i % body.length];
    const row = src.map((c) => c && { ...c });
    row[0] = { v: i + 1 };
    row[2] = { v: `${src[2].v}${i + 1}` };
    cells.push(row);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, gridToXlsx({ file, sheets: [{ ...s, cells }] }));
}

function measure(args) {
  const t0 = Date.now();
  return runSampled(process.execPath, [path.join(ROOT, 'bin/peixun.js'), ...args], ['ignore', 'ignore', 'pipe']).then((r) => ({
    code: r.code,
    seconds: (Date.now() - t0) / 1000,
    peakMiB: Math.round(r.peakKiB / 1024),
    singleMiB: Math.round(r.largestKiB / 1024),
    err: r.stderr.slice(-300),
  }));
}

(async () => {
  const file = path.join(CACHE, `list-${ROWS}.xlsx`);
  makeList(file);
  const out = path.join(CACHE, `list-${ROWS}-summary.xlsx`);
  const review = await measure(['review', file, '--json']);
  const merge = await measure(['merge', file, '--out', out, '--jobs', '1']);
  fs.rmSync(out, { force: true });
  const line = (name, r) => `${name}: peak ${r.peakMiB} MiB over the process tree (largest process ${r.singleMiB} MiB), ${r.seconds.toFixed(1)} s, exit ${r.code}${r.code > 1 ? ` ${r.err}` : ''}`;
  console.log(`${ROWS.toLocaleString('en-US')}-row list (${(fs.statSync(file).size / 1e6).toFixed(1)} MB .xlsx)`);
  console.log(line('review', review));
  console.log(line('merge', merge));
  if (json) console.log(JSON.stringify({ rows: ROWS, review, merge }));
})();
