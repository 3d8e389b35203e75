#!/usr/bin/env node
/**
 * `npm run bench`: every figure the issues ask for, one benchmark after another, each in its own
 * Node process with its own output, then a summary table.
 *
 *   node bench/run.js [--quick] [--only core,files,ce,excel,wps,read,merge,scale,pane] [--no-lock]
 *
 *   core   bench/core.js        issue 2: 10 000 projects + 150 000 schedule rows, parse + rules + tallies (target < 1 s, one core)
 *   files  bench/files.js       issue 2: 500 unit files read and reviewed as `peixun review` does
 *   ce     bench/ce.js          issue 5: a 100 000-row continuing-education register tallied, rows/s
 *   excel  bench/excel-syncs.js issue 3: context.sync calls for a 2 000-project plan, 10 vs 1 000 findings
 *   wps    bench/wps-calls.js   issue 14: WPS object-model calls, reading a 2 000-project plan and marking 10 / 1 000 findings
 *   read   bench/read.js        the xlsx readers compared (ours, worker threads, SheetJS)
 *   merge  bench/merge.js       issue 4: merge of 100 / 500 / 1 000 unit workbooks beside the pandas peer
 *   memory bench/memory.js      issue 10: peak memory of a 200 000-row list through review and merge (printed, not asserted)
 *   scale  bench/scale.js       issue 13: the core and the merge at 1×, 2×, 4× (ratios, peak memory, load), the peer beside the merge
 *   pane   bench/pane.js        issue 13: browser mode in headless chromium reviewing a 10 000-project plan and 300 files:
 *                               the longest task on the page's thread, tasks > 50 ms, review time, 取消's latency (builds dist/ when missing)
 *
 * --quick: fewer runs and smaller file sets (a few minutes on a busy machine); the core figure keeps its full size;
 * scaling at 1× and 2× only, one run each, the peer at 1× only.
 * Builds lib/ (`npm run build:cli`) when it is missing or older than src/. The unit workbooks come from
 * ../shared/bench/gen_units.py (Debian python3-openpyxl; the peer needs python3-pandas) and are cached
 * under /tmp/peixun-bench; without them the file benchmarks are skipped with a message. Each timed
 * child runs under `flock /tmp/bench.lock` (when flock exists) so that benchmarks of parallel
 * sessions on this machine do not overlap; every benchmark prints CPU time beside wall time.
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { ROOT, CACHE, PY, xlsxIn } = require('./units');
const LOCK = process.env.PEIXUN_BENCH_LOCK || '/tmp/bench.lock';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const noLock = argv.includes('--no-lock');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : null;

function newestMtime(dir, ext) {
  let t = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (ext.some((x) => e.name.endsWith(x))) t = Math.max(t, fs.statSync(p).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return t;
}

/** lib/ from src/ when missing or stale (a clean clone after `npm install` has it from `prepare`). */
function ensureBuilt() {
  const marker = path.join(ROOT, 'lib', 'cli', 'main.js');
  const stale = !fs.existsSync(marker) || newestMtime(path.join(ROOT, 'src'), ['.ts', '.tsx']) > newestMtime(path.join(ROOT, 'lib'), ['.js']);
  if (!stale) return;
  console.log(fs.existsSync(marker) ? 'lib/ is older than src/: npm run build:cli' : 'lib/ is missing: npm run build:cli');
  const r = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    if (!fs.existsSync(marker)) {
      console.error('npm run build:cli failed and there is no lib/ to benchmark');
      process.exit(2);
    }
    console.log('npm run build:cli failed: benchmarking the lib/ that is there');
  }
}

function pythonHas(mods) {
  return fs.existsSync(PY) && spawnSync(PY, ['-c', `import ${mods.join(', ')}`], { stdio: 'ignore' }).status === 0;
}

const unitsCached = (n) => xlsxIn(path.join(CACHE, `units-${n}`)).length === n;

const hasFlock = !noLock && spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;

/** Runs one benchmark script as a child, echoing its output; resolves to { code, stdout, seconds }. */
function runChild(script, args) {
  // a script that takes the lock itself is not wrapped (flock on the same file from the child would wait for us forever)
  const own = /\bflock\b/.test(fs.readFileSync(path.join(__dirname, script), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''));
  const lock = hasFlock && !own;
  const cmd = lock ? 'flock' : process.execPath;
  const full = lock ? [LOCK, process.execPath, path.join(__dirname, script), ...args] : [path.join(__dirname, script), ...args];
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, full, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let partial = '';
    // echo whole lines as they come; the JSON line is for the summary, not for the reader
    const echo = (lines) => {
      for (const l of lines) if (!l.startsWith('{"')) process.stdout.write(l + '\n');
    };
    child.stdout.on('data', (d) => {
      const s = d.toString();
      out += s;
      const lines = (partial + s).split('\n');
      partial = lines.pop();
      echo(lines);
    });
    child.on('close', (code) => {
      if (partial) echo([partial]);
      resolve({ code, stdout: out, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

const jsonLine = (out) => {
  const l = out.split('\n').filter((x) => x.startsWith('{"')).pop();
  try {
    return l ? JSON.parse(l) : null;
  } catch {
    return null;
  }
};

async function main() {
  const started = Date.now();
  console.log(`npm run bench${quick ? ' --quick' : ''} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load ${os.loadavg()[0].toFixed(1)}${hasFlock ? `, timed runs under flock ${LOCK}` : ''}`);
  ensureBuilt();
  const hasOpenpyxl = pythonHas(['openpyxl']);
  const hasPandas = pythonHas(['pandas', 'openpyxl']);
  const can500 = unitsCached(500) || unitsCached(1000) || hasOpenpyxl;
  const can1000 = unitsCached(1000) || hasOpenpyxl;
  const missingPy = 'Debian python3-pandas / python3-openpyxl are not installed (apt-get install -y python3-pandas python3-openpyxl), so ../shared/bench/gen_units.py cannot generate the unit workbooks';

  const plan = [
    { key: 'core', script: 'core.js', args: quick ? ['--runs', '2', '--json'] : ['--runs', '3', '--shape', 'both', '--json'] },
    { key: 'files', script: 'files.js', args: quick ? ['--runs', '1', '--json'] : ['--runs', '3', '--json'], needs: can500 ? null : missingPy },
    { key: 'ce', script: 'ce.js', args: quick ? ['--runs', '2', '--json'] : ['--runs', '3', '--json'] },
    { key: 'excel', script: 'excel-syncs.js', args: quick ? ['--quick', '--json'] : ['--json'] },
    { key: 'wps', script: 'wps-calls.js', args: ['--json'] },
    {
      key: 'read',
      script: 'read.js',
      args: quick ? ['--sizes', '100', '--runs', '1', '--readers', 'ours'] : ['--sizes', '1000', '--runs', '1', '--readers', 'ours,many,sheetjs'],
      needs: can1000 ? null : missingPy,
    },
    {
      key: 'merge',
      script: 'merge.js',
      args: quick ? ['--sizes', '100', '--runs', '1'] : ['--sizes', '100,500,1000'],
      needs: hasPandas ? (can1000 ? null : missingPy) : 'Debian python3-pandas / python3-openpyxl are not installed (apt-get install -y python3-pandas python3-openpyxl): the pandas peer cannot run beside our merge',
    },
    { key: 'memory', script: 'memory.js', args: quick ? ['--rows', '50000', '--json'] : ['--json'] },
    {
      key: 'scale',
      script: 'scale.js',
      args: quick ? ['--quick', '--json'] : ['--json'],
      needs: hasPandas ? null : 'Debian python3-pandas / python3-openpyxl are not installed (apt-get install -y python3-pandas python3-openpyxl): no unit workbooks and no peer for the merge at 1×, 2×, 4×',
    },
    { key: 'pane', script: 'pane.js', args: ['--json'], needs: fs.existsSync('/usr/bin/chromium') ? null : '/usr/bin/chromium is missing (Debian package chromium): the pane cannot run headless' },
  ].filter((b) => !only || only.has(b.key));

  const results = {};
  for (const b of plan) {
    console.log(`\n━━ ${b.key}: node bench/${b.script} ${b.args.filter((a) => a !== '--json').join(' ')}`);
    if (b.needs) {
      console.log(`skipped: ${b.needs}`);
      results[b.key] = { skipped: b.needs };
      continue;
    }
    const r = await runChild(b.script, b.args);
    if (r.code === 3) results[b.key] = { skipped: 'files could not be generated' };
    else if (r.code !== 0) {
      console.log(`(bench/${b.script} exited with ${r.code})`);
      results[b.key] = { failed: r.code };
    } else results[b.key] = { out: r.stdout, json: jsonLine(r.stdout), seconds: r.seconds };
  }
  summary(results);
  console.log(`\n(npm run bench took ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores${os.loadavg()[0] > 1.5 ? ' — others were using the machine: wall times are inflated, CPU times are the steadier figures' : ''})`);
}

function summary(results) {
  const rows = [];
  const f0 = (x) => (x == null || Number.isNaN(x) ? '—' : Math.round(x).toLocaleString('en-US'));
  const state = (r) => (r?.skipped ? 'skipped (see above)' : r?.failed !== undefined ? `failed (exit ${r.failed})` : null);

  const core = results.core;
  if (core) {
    const u = core.json?.units?.best;
    const p = core.json?.plan?.best;
    if (u) {
      rows.push(['core, 10 000 projects + 150 000 schedule rows (unit workbooks), one thread', `${f0(u.total.ms)} ms wall, ${f0(u.total.cpuMs)} ms CPU (parse ${f0(u.parse.ms)}, rules ${f0(u.rules.ms)}, tallies ${f0(u.tallies.ms)})`, `< 1 000 ms: ${u.total.ms < 1000 ? 'met' : 'not met'}`]);
      rows.push(['core throughput', `${f0(u.counts.projects / (u.total.ms / 1000))} projects/s, ${f0(u.counts.scheduleRows / (u.total.ms / 1000))} schedule rows/s`, '']);
    } else rows.push(['core', state(core) ?? 'no figure', '']);
    if (p) rows.push(['core, same set as one plan workbook', `${f0(p.total.ms)} ms wall, ${f0(p.total.cpuMs)} ms CPU (parse ${f0(p.parse.ms)}, rules ${f0(p.rules.ms)}, tallies ${f0(p.tallies.ms)})`, `< 1 000 ms: ${p.total.ms < 1000 ? 'met' : 'not met'}`]);
    else if (core.json?.plan?.error) rows.push(['core, one plan workbook', `failed: ${core.json.plan.error}`, '']);
  }
  const files = results.files;
  if (files) {
    const b = files.json?.best;
    const c = files.json?.cli;
    if (b) rows.push([`${b.files} unit files read and reviewed (peixun review path)`, `${f0(b.ms)} ms wall, ${f0(b.cpuMs)} ms CPU (read ${f0(b.readMs)}, review ${f0(b.reviewMs)}); command line ${c ? `${(c.ms / 1000).toFixed(2)} s` : '—'}`, `${f0((b.files / b.ms) * 1000)} files/s`]);
    else rows.push(['500 unit files read and reviewed', state(files) ?? 'no figure', '']);
  }
  const ce = results.ce;
  if (ce) {
    const b = ce.json?.best;
    if (b) rows.push([`CE register, ${f0(b.rows)} rows read and tallied`, `${f0(b.readMs + b.tallyMs)} ms (read ${f0(b.readMs)}, tally ${f0(b.tallyMs)})`, `${f0(ce.json.rowsPerSecond)} rows/s`]);
    else rows.push(['CE register, 100 000 rows', state(ce) ?? 'no figure', '']);
  }
  const excel = results.excel;
  if (excel) {
    const s = excel.json?.summary ?? [];
    for (const x of s) rows.push([`Excel, 2 000 projects, ExcelApi ${x.api}: context.sync calls`, `read ${x.readSyncs}; mark ${x.markSyncs10} (10 findings) / ${x.markSyncs1000} (1 000 findings); clear ${x.clearSyncs1000}`, x.independent ? 'independent of findings' : 'GROWS with findings']);
    if (s.length === 0) rows.push(['Excel context.sync calls', state(excel) ?? 'no figure', '']);
  }
  const wps = results.wps;
  if (wps) {
    const x = wps.json?.summary;
    if (x) rows.push([`WPS, ${x.projects} projects: object-model calls`, `read ${x.readCalls}; mark ${x.markCalls10} (10 findings) / ${x.markCalls1000} (1 000: ${x.conditions1000} conditional formats + a comment and a link per finding); clear ${x.clearCalls1000}`, x.conditions1000 <= 30 ? 'colour marks: chunks only' : 'colour marks GROW with findings']);
    else rows.push(['WPS object-model calls', state(wps) ?? 'no figure', '']);
  }
  const read = results.read;
  if (read) {
    const lines = (read.out ?? '').split('\n').filter((l) => /^(ours|many|sheetjs|exceljs)\s*\|/.test(l));
    for (const l of lines) {
      const c = l.split('|').map((x) => x.trim());
      rows.push([`read ${c[1]} unit files, ${c[0]}`, `${c[2]} ms wall, ${c[6]} ms CPU, ${c[7]} MiB`, `${c[5]} files/s`]);
    }
    if (lines.length === 0) rows.push(['xlsx readers', state(read) ?? 'no figure', '']);
  }
  const merge = results.merge;
  if (merge) {
    const lines = (merge.out ?? '').split('\n').filter((l) => /^\d+ \| /.test(l));
    for (const l of lines) {
      const c = l.split('|').map((x) => x.trim());
      rows.push([`merge ${c[0]} units: ours vs pandas peer (-j 2)`, `${c[2]} s vs ${c[3]} s (${c[4]} s); CPU ${c[7]} s vs ${c[8]} s; ${c[10]} MiB vs ${c[11]} MiB`, `${c[5]} / ${c[6]} faster`]);
    }
    const target = (merge.out ?? '').split('\n').find((l) => l.startsWith('1 000 units'));
    if (target) rows.push(['merge target (1 000 units ≥ 10× the peer in CPU and wall, memory under it)', target.replace(/^1 000 units \([^)]*\): /, ''), '']);
    if (lines.length === 0) rows.push(['merge', state(merge) ?? 'no figure', '']);
  }
  const memory = results.memory;
  if (memory) {
    const j = memory.json;
    if (j) {
      for (const k of ['review', 'merge']) {
        const r = j[k];
        rows.push([`${f0(j.rows)}-row list, peixun ${k}`, `peak ${f0(r.peakMiB)} MiB (process tree; largest process ${f0(r.singleMiB)} MiB), ${r.seconds.toFixed(1)} s`, `≤ 1 024 MiB: ${r.peakMiB <= 1024 ? 'met' : 'not met'}`]);
      }
    } else rows.push(['200 000-row list memory', state(memory) ?? 'no figure', '']);
  }
  const scale = results.scale;
  if (scale) {
    const j = scale.json;
    const r2 = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}×` : '—');
    for (const [i, x] of (j?.core ?? []).entries()) {
      const p = j.core[i - 1];
      rows.push([`core at ${x.f}× (${f0(x.projects)} projects, ${f0(x.scheduleRows)} schedule rows), load ${x.load.toFixed(1)}`, `warm ${f0(x.warmMs)} ms wall, ${f0(x.warmCpuMs)} ms CPU (mean ${f0(x.warmMeanCpuMs)} with ${x.warmMarkCompacts ?? '—'} mark-compacts); cold ${f0(x.cold?.ms)} ms (${f0(x.cold?.cpuMs)} CPU); peak ${f0(x.rssMiB)} MiB`, p ? `CPU ${r2(x.warmCpuMs, p.warmCpuMs)} (mean ${r2(x.warmMeanCpuMs, p.warmMeanCpuMs)}), memory ${r2(x.rssMiB, p.rssMiB)} of ${p.f}×` : '']);
    }
    for (const [i, x] of (j?.merge ?? []).entries()) {
      const p = j.merge[i - 1];
      const peer = x.peer ? `; peer ${x.peer.wall.toFixed(2)} s, ${x.peer.cpu.toFixed(2)} s CPU, ${f0(x.peer.rssMiB)} MiB (${(x.peer.wall / x.ours.wall).toFixed(1)}× wall, ${(x.peer.cpu / x.ours.cpu).toFixed(1)}× CPU)` : '';
      rows.push([`merge at ${x.f}× (${f0(x.n)} units), load ${x.load.toFixed(1)}`, `ours ${x.ours.wall.toFixed(2)} s, ${x.ours.cpu.toFixed(2)} s CPU, ${f0(x.ours.rssMiB)} MiB${peer}`, p ? `CPU ${r2(x.ours.cpu, p.ours.cpu)}, memory ${r2(x.ours.rssMiB, p.ours.rssMiB)} of ${p.f}×` : '']);
    }
    if (!j) rows.push(['scaling', state(scale) ?? 'no figure', '']);
  }
  const pane = results.pane;
  if (pane) {
    const j = pane.json?.pane;
    for (const [k, label] of [['plan', 'pane: 10 000-project plan reviewed in browser mode'], ['files', 'pane: 300 files reviewed in browser mode']]) {
      for (const r of j?.[k] ?? []) {
        const cancel = r.cancelMs != null ? `; 取消 ${f0(r.cancelMs)} ms click to message` : '';
        rows.push([`${label}, load ${r.load.toFixed(1)}`, `longest task ${f0(r.longestMs)} ms, ${r.over50} tasks > 50 ms; review ${f0(r.ms)} ms${cancel}`, `no task > 200 ms: ${r.longestMs < 200 ? 'met' : 'not met'}`]);
      }
    }
    if (!j) rows.push(['pane long tasks', state(pane) ?? 'no figure', '']);
  }
  const w = [0, 0];
  for (const r of rows) for (let i = 0; i < 2; i++) w[i] = Math.max(w[i], r[i].length);
  console.log('\n━━ summary');
  for (const r of rows) console.log(`${r[0].padEnd(w[0])} | ${r[1].padEnd(w[1])} | ${r[2]}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
