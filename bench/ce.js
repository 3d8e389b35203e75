#!/usr/bin/env node
/**
 * Continuing-education benchmark (issue 5): a register of 100 000 rows (generated in memory here:
 * people × 5 years, public, outbound and leader rows) read by the register reader and tallied with
 * packs ce2007 and cas — rows per second. No timing assertion anywhere (test/bench/ce.test.ts checks
 * the figures with the core from src/).
 *
 *   npm run build:cli && node bench/ce.js [--rows 100000] [--runs 3]
 *
 * One thread; run 1 is cold (JIT warm-up), the figure is the best run. CPU = process.cpuUsage
 * (user + system of the whole process, GC threads included). Wrap in `flock /tmp/bench.lock`.
 */
'use strict';
const os = require('os');
const path = require('path');

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

/** The core from lib/ (what `npm run build:cli` made). */
function libCore() {
  const lib = path.resolve(__dirname, '..', 'lib', 'core');
  try {
    return require(path.join(lib, 'index.js')); // the core's public API
  } catch (e) {
    console.error(`lib/core is missing or stale: run \`npm run build:cli\` first (${e.message})`);
    process.exit(2);
  }
}

/** Header + `rows` register rows: 20 rows a person (4 a year over 5 years), some outbound, public and leader rows. */
function generateRegister(rows) {
  const out = [['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别']];
  const people = Math.max(1, Math.floor(rows / 20));
  for (let i = 0; i < rows; i++) {
    const p = i % people;
    const abroad = i % 17 === 0;
    out.push([
      `人员${p}`,
      `3301021990${String(p).padStart(8, '0')}`,
      `单位${p % 300}`,
      2020 + (Math.floor(i / people) % 5),
      i % 3 === 0 ? '公需科目' : '专业科目',
      abroad ? '出国（境）培训' : i % 2 ? '网络' : '面授',
      12 + (i % 4) * 6 + (i % 7 === 0 ? 0.5 : 0),
      abroad ? 3 : null,
      p % 50 === 0 ? '所局级领导人员' : null,
    ]);
  }
  return out;
}

/**
 * Reads a generated register and tallies it with both packs; returns the figures and times.
 * `core`: { sheetFromRows, recogniseCeSheet, readCeRegister, tallyCe } (lib/ by default; src/ in the test).
 */
function benchCe(rows = 100000, core = libCore()) {
  const sheet = core.sheetFromRows('学时登记', generateRegister(rows));
  let t0 = performance.now();
  const match = core.recogniseCeSheet(sheet);
  if (!match) throw new Error('generated register not recognised');
  const read = core.readCeRegister(sheet, 'bench.xlsx', match.headerRow);
  const readMs = performance.now() - t0;
  const parsed = { ...core.emptyParsedWorkbook('bench.xlsx'), ce: read.rows, notes: read.notes };
  t0 = performance.now();
  const t = core.tallyCe([parsed], { packs: ['ce2007', 'cas'] });
  const tallyMs = performance.now() - t0;
  return {
    rows: read.rows.length,
    persons: t.persons.length,
    findings: t.findings.length,
    readMs,
    tallyMs,
    readRowsPerSecond: Math.round((read.rows.length / readMs) * 1000),
    tallyRowsPerSecond: Math.round((read.rows.length / tallyMs) * 1000),
  };
}

function main() {
  const rows = Number(arg('rows', '100000'));
  const runs = Number(arg('runs', '3'));
  const core = libCore();
  const res = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = benchCe(rows, core);
    const c = process.cpuUsage(c0);
    res.push({ ...r, wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 });
  }
  const f0 = (x) => x.toFixed(0);
  const best = res.reduce((a, b) => (b.readMs + b.tallyMs < a.readMs + a.tallyMs ? b : a));
  const total = best.readMs + best.tallyMs;
  const lines = [
    `Continuing-education register: ${best.rows} rows, ${best.persons} persons, ${best.findings} findings (packs ce2007, cas); one thread, Node ${process.version}, ${os.cpus().length} cores`,
    '  run | read ms | tally ms | read + tally ms | CPU ms (incl. generating the grid)',
    ...res.map((x, i) => `  ${String(i + 1).padStart(3)} | ${f0(x.readMs).padStart(7)} | ${f0(x.tallyMs).padStart(8)} | ${f0(x.readMs + x.tallyMs).padStart(15)} | ${f0(x.cpuMs).padStart(6)}${i === 0 ? '  cold' : ''}`),
    `  best: ${f0((best.rows / total) * 1000)} rows/s read and tallied (${f0(total)} ms); reading ${best.readRowsPerSecond} rows/s, tallying ${best.tallyRowsPerSecond} rows/s`,
  ];
  const load = os.loadavg()[0];
  if (load > 1.5) lines.push(`  load average ${load.toFixed(1)} on ${os.cpus().length} cores: the machine was busy, wall times are inflated`);
  process.stdout.write(lines.join('\n') + '\n');
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify({ best, rowsPerSecond: Math.round((best.rows / total) * 1000) }) + '\n');
}

if (require.main === module) main();
module.exports = { main, benchCe, generateRegister };
