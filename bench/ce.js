#!/usr/bin/env node
/**
 * Continuing-education benchmark (issue 5): a register of 100 000 rows (generated in memory by
 * src/core/ce/benchmark.ts: people × 5 years, public, outbound and leader rows) read by the register
 * reader and tallied with packs ce2007 and cas — rows per second.
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

let benchCe;
try {
  ({ benchCe } = require(path.resolve(__dirname, '..', 'lib', 'core', 'ce', 'benchmark.js')));
} catch (e) {
  console.error(`lib/core/ce is missing or stale: run \`npm run build:cli\` first (${e.message})`);
  process.exit(2);
}

function main() {
  const rows = Number(arg('rows', '100000'));
  const runs = Number(arg('runs', '3'));
  const res = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = benchCe(rows);
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
module.exports = { main };
