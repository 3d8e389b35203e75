#!/usr/bin/env node
/**
 * Files benchmark (issue 2): the time to read and review 500 unit files, through the same path as
 * `peixun review` (lib/cli/review.js: collectWorkbooks, then per file fs.readFileSync →
 * readWorkbookBytes → reviewWorkbook), with packs zj2017,sc2020,most2022-online.
 *
 *   npm run build:cli && node bench/files.js [--files 500] [--runs 3]
 *
 * Files: /work/shared/bench/gen_units.py (Debian python3-openpyxl), cached under /tmp/peixun-bench
 * (units-500 — the first 500 files of the 1 000-unit set that bench/merge.js and bench/read.js use).
 * Two figures:
 *   in-process — a fresh Node process per run (as a command line run is), timing reading (bytes +
 *                xlsx → grid) and reviewing (parse + rules + tallies) separately, wall and CPU
 *                (process.cpuUsage: user + system of the whole process); best of --runs; then the same
 *                files twice more in that process, the third pass printed beside the first: the
 *                difference is V8's warm-up (and the texts' memos filling), paid by every fresh process
 *                (each merge child too);
 *   command line — `node bin/peixun.js review DIR --json …` end to end (process start, loading,
 *                writing the JSON to /dev/null), wall, and CPU and peak RSS from GNU time when present.
 * Wrap in `flock /tmp/bench.lock` when others use the machine.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { ROOT, arg, unitSet, xlsxIn } = require('./units');

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const PACKS = 'zj2017,sc2020,most2022-online';
const AS_OF = '2024-12-31';

// ---------------------------------------------------------------- child: one timed pass in a fresh process

function child(dir) {
  const tLoad = performance.now();
  const lib = (p) => require(path.join(ROOT, 'lib', p));
  const { collectWorkbooks } = lib('cli/files.js');
  const { readWorkbookBytes } = lib('hosts/files/read/index.js');
  const { reviewWorkbook } = lib('core/review.js');
  const loadMs = performance.now() - tLoad;
  const options = { packs: PACKS.split(','), asOf: AS_OF };
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const { files } = collectWorkbooks([dir]);
  const first = pass(files, readWorkbookBytes, reviewWorkbook, options, cpu);
  // The same files twice more in this process: the third pass runs code V8 has compiled (and finds these
  // files' texts remembered), so the first pass's excess is what every fresh process (a command line run,
  // each merge child) pays to warm up — an upper bound, as a new batch's texts are new.
  pass(files, readWorkbookBytes, reviewWorkbook, options, cpu);
  const third = pass(files, readWorkbookBytes, reviewWorkbook, options, cpu);
  process.stdout.write(JSON.stringify({ ...first, loadMs, warmMs: third.ms, warmCpuMs: third.cpuMs, rssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

/** One timed pass over the files: reading and reviewing apart, wall and CPU. */
function pass(files, readWorkbookBytes, reviewWorkbook, options, cpu) {
  const t0 = performance.now();
  const c0 = cpu();
  let readMs = 0;
  let readCpu = 0;
  let reviewMs = 0;
  let reviewCpu = 0;
  let projects = 0;
  let rows = 0;
  let findings = 0;
  let failed = 0;
  for (const f of files) {
    let t = performance.now();
    let c = cpu();
    let grid;
    try {
      grid = readWorkbookBytes(fs.readFileSync(f), f);
    } catch {
      failed++;
      continue;
    } finally {
      readMs += performance.now() - t;
      readCpu += cpu() - c;
    }
    t = performance.now();
    c = cpu();
    const r = reviewWorkbook(grid, options);
    reviewMs += performance.now() - t;
    reviewCpu += cpu() - c;
    projects += r.projects.length;
    findings += r.findings.length;
    for (const s of r.parsed.schedules) rows += s.rows.length;
  }
  return { files: files.length, failed, projects, rows, findings, ms: performance.now() - t0, cpuMs: cpu() - c0, readMs, readCpu, reviewMs, reviewCpu };
}

// ---------------------------------------------------------------- parent

function commandLine(dir) {
  const args = [path.join(ROOT, 'bin', 'peixun.js'), 'review', dir, '--packs', PACKS, '--as-of', AS_OF, '--json'];
  const out = fs.openSync('/dev/null', 'w');
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-v', process.execPath, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, args, { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  fs.closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`peixun review failed (${r.status}):\n${(r.stderr || '').slice(-2000)}`);
  const num = (re) => {
    const m = re.exec(r.stderr || '');
    return m ? Number(m[1]) : null;
  };
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  return { ms, cpuMs: user !== null && sys !== null ? (user + sys) * 1000 : null, rssMiB: rss !== null ? rss / 1024 : null };
}

function main() {
  const n = Number(arg('files', '500'));
  const runs = Number(arg('runs', '3'));
  if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'review.js'))) {
    console.error('lib/ is missing: run `npm run build:cli` first');
    process.exit(2);
  }
  const dir = unitSet(n);
  for (const f of xlsxIn(dir)) fs.readFileSync(path.join(dir, f)); // warm the page cache
  const res = [];
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, [__filename, '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`child failed:\n${r.stderr}`);
    res.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const cli = [];
  for (let k = 0; k < Math.max(1, Math.min(runs, 2)); k++) cli.push(commandLine(dir));
  const best = res.reduce((a, b) => (b.ms < a.ms ? b : a));
  const bestCli = cli.reduce((a, b) => (b.ms < a.ms ? b : a));
  const f0 = (x) => (x == null ? '—' : x.toFixed(0));
  const lines = [
    `Reading and reviewing ${best.files} unit files (gen_units.py: ${best.projects} projects, ${best.rows} schedule rows, ${best.findings} findings; packs common,${PACKS}); ${os.cpus().length} cores, Node ${process.version}`,
    '  run | read ms (CPU) | review ms (CPU) | total ms (CPU) | files/s | peak RSS MiB',
    ...res.map(
      (x, i) =>
        `  ${String(i + 1).padStart(3)} | ${f0(x.readMs).padStart(6)} (${f0(x.readCpu).padStart(5)}) | ${f0(x.reviewMs).padStart(6)} (${f0(x.reviewCpu).padStart(5)}) | ${f0(x.ms).padStart(6)} (${f0(x.cpuMs).padStart(5)}) | ${f0((x.files / x.ms) * 1000).padStart(7)} | ${f0(x.rssMiB).padStart(5)}${x.failed ? `  (${x.failed} unreadable)` : ''}`,
    ),
    `  best: ${best.files} files read and reviewed in ${f0(best.ms)} ms (${f0(best.cpuMs)} ms CPU): read ${f0(best.readMs)} ms, review ${f0(best.reviewMs)} ms; ${f0((best.files / best.ms) * 1000)} files/s, ${f0((best.projects / best.ms) * 1000)} projects/s`,
    `  the same files again in the same process (third pass): ${f0(best.warmMs)} ms (${f0(best.warmCpuMs)} ms CPU) — V8's warm-up and the first reading of each distinct text cost each fresh process ≈ ${f0(best.cpuMs - best.warmCpuMs)} ms CPU of its first ${best.files} files`,
    `  command line (peixun review DIR --json, process start and JSON output included): ${(bestCli.ms / 1000).toFixed(2)} s wall${bestCli.cpuMs !== null ? `, ${(bestCli.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${f0(bestCli.rssMiB)} MiB` : ''}`,
  ];
  const load = os.loadavg()[0];
  if (load > 1.5) lines.push(`  load average ${load.toFixed(1)} on ${os.cpus().length} cores: the machine was busy, wall times are inflated; CPU is the steadier figure`);
  process.stdout.write(lines.join('\n') + '\n');
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify({ best, cli: bestCli }) + '\n');
}

if (process.argv[2] === '--child') child(process.argv[3]);
else if (require.main === module) main();
module.exports = { main };
