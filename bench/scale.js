#!/usr/bin/env node
/**
 * Cost against the size of the work (issue 13, item 4): the core and the merge at 1×, 2× and 4×,
 * each step's ratio to the previous one, peak memory, CPU and wall time, and the machine's load.
 *
 *   node bench/scale.js [--quick] [--runs 3] [--warm 5] [--only core,merge] [--factors 1,2,4] [--no-peer] [--json]
 *
 *   core   bench/core.js --projects 10 000×f --rows 150 000×f (units shape): parse + rules + tallies on
 *          one thread, in a child process per size; run 1 is cold, then --warm runs (default 5) back to
 *          back: their median, their mean with the mark-compacts that fell in them, and the best. Peak
 *          memory: the child's max RSS, which includes the generated in-memory grids (not timed).
 *   merge  `node bin/peixun.js merge` of 1 000×f generated unit workbooks (the first 1 000×f of the
 *          cached 4 000-unit set, ../shared/bench/gen_units.py) beside the pandas peer
 *          (../shared/bench/peer_merge.py, plain) on the same files in the same run. Each command
 *          runs under GNU time (`/usr/bin/time -v`): CPU = user + system of the whole process (all
 *          worker threads and children), peak memory = max RSS. Ours: median of --runs; the peer:
 *          median of --runs at 1× and one run at 2× and 4× (it takes about a minute per 1 000 units
 *          on a busy machine).
 *
 * --quick: factors 1 and 2, one run of each (the core: one cold and two warm runs), the peer at 1× only.
 * A ratio near 2.0 for a doubling means the cost grows with the work; above it, faster than the work.
 * Compare figures of one run only: the machine is shared, and its load is printed beside each size.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, SHARED, CACHE, PY, arg, xlsxIn, unitSet } = require('./units');

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const noPeer = process.argv.includes('--no-peer');
const runs = Number(arg('runs', quick ? '1' : '3'));
// the core's warm runs per size: a mark-compact falls every 3–5 of them, so the mean needs several
const warmRuns = Number(arg('warm', quick ? '2' : '5'));
const factors = arg('factors', quick ? '1,2' : '1,2,4').split(',').map(Number);
const only = new Set(arg('only', 'core,merge').split(','));
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const PEER = path.join(SHARED, 'bench', 'peer_merge.py');

const load = () => os.loadavg()[0];
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/** One command under GNU time: wall s, CPU s (user + system), peak RSS MiB, output. */
function timed(cmd, args) {
  const before = load();
  const t0 = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT }) : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const err = r.stderr || '';
  const num = (re) => {
    const m = re.exec(err);
    return m ? Number(m[1]) : null;
  };
  const u = num(/User time \(seconds\): ([\d.]+)/);
  const s = num(/System time \(seconds\): ([\d.]+)/);
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${err.slice(-2000)}`);
  return { wall, cpu: u != null && s != null ? u + s : null, rssMiB: rss != null ? rss / 1024 : null, stdout: r.stdout, stderr: err, load: (before + load()) / 2 };
}

/** The first n units of the cached 4 000-unit set (generated once, about 4 minutes), else unitSet(n). */
function unitsDir(n) {
  const dir = path.join(CACHE, `units-${n}`);
  if (xlsxIn(dir).length === n) return dir;
  if (n <= 1000) return unitSet(n);
  const big = path.join(CACHE, 'units-4000');
  if (xlsxIn(big).length !== 4000) {
    // gen_units.py makes unit i from i alone: generating 4 000 gives the 1 000-unit set's files first
    const { GEN } = require('./units');
    if (!fs.existsSync(GEN) || spawnSync(PY, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status !== 0) {
      console.log(`skipped — cannot generate ${n} unit workbooks (${GEN} with ${PY} and openpyxl needed)`);
      process.exit(3);
    }
    process.stderr.write(`generating 4 000 unit workbooks into ${big} (a few minutes)…\n`);
    fs.rmSync(big, { recursive: true, force: true });
    spawnSync(PY, [GEN, big, '4000'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of xlsxIn(big).slice(0, n)) fs.copyFileSync(path.join(big, f), path.join(dir, f));
  return dir;
}

const f1 = (x, d = 2) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(d));
const ratio = (a, b) => (a == null || b == null || !b ? '—' : `${(a / b).toFixed(2)}×`);

function core() {
  const rows = [];
  const k = Math.max(1, warmRuns);
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  for (const f of factors) {
    const projects = 10000 * f;
    const scheduleRows = 150000 * f;
    // run 1 cold, then k warm runs back to back
    const r = timed(process.execPath, [path.join(__dirname, 'core.js'), '--projects', String(projects), '--rows', String(scheduleRows), '--runs', String(k + 1), '--json']);
    const line = r.stdout.split('\n').filter((l) => l.startsWith('{"')).pop();
    const j = line ? JSON.parse(line) : null;
    const all = j?.units?.runs ?? [];
    const warm = all.slice(1);
    rows.push({
      f,
      projects,
      scheduleRows,
      cold: all[0]?.total ?? null,
      warmMs: median(warm.map((x) => x.total.ms)),
      warmCpuMs: median(warm.map((x) => x.total.cpuMs)),
      warmMeanCpuMs: mean(warm.map((x) => x.total.cpuMs)),
      warmMarkCompacts: warm.reduce((a, x) => a + (x.gc?.markCompacts ?? 0), 0),
      warmMarkCompactMs: warm.reduce((a, x) => a + (x.gc?.markCompactMs ?? 0), 0),
      bestCpuMs: warm.length ? Math.min(...warm.map((x) => x.total.cpuMs)) : null,
      findings: all[0]?.findings ?? null,
      rssMiB: r.rssMiB,
      processCpu: r.cpu,
      load: r.load,
    });
    const x = rows[rows.length - 1];
    process.stderr.write(
      `  core ${f}×: cold ${f1(x.cold?.cpuMs, 0)} ms CPU, warm ${f1(x.warmCpuMs, 0)} ms CPU (${f1(x.warmMs, 0)} wall; mean ${f1(x.warmMeanCpuMs, 0)}, ${x.warmMarkCompacts} mark-compacts; best ${f1(x.bestCpuMs, 0)}), ${f1(x.rssMiB, 0)} MiB, load ${f1(x.load, 1)}\n`,
    );
  }
  const out = [
    `core (bench/core.js, units shape), one thread, CPU ms; cold = run 1; warm = the ${k} runs after it, back to back: median, mean (with the mark-compacts that fell in them and their pauses: each run's records are garbage for a later run's mark-compact, which also marks the held grids — the mean spreads it, the median and the best mostly miss it) and best; peak RSS of the child includes the generated grids`,
    'size | projects | schedule rows | findings | cold ms (CPU) | warm ms (CPU), median | warm CPU mean (mark-compacts, their ms) | warm CPU best | CPU ratio to previous: warm median, mean, best; cold | peak RSS MiB | RSS ratio | load',
    '---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:',
  ];
  rows.forEach((x, i) => {
    const p = rows[i - 1];
    out.push(
      `${x.f}× | ${x.projects} | ${x.scheduleRows} | ${x.findings ?? '—'} | ${f1(x.cold?.ms, 0)} (${f1(x.cold?.cpuMs, 0)}) | ${f1(x.warmMs, 0)} (${f1(x.warmCpuMs, 0)}) | ${f1(x.warmMeanCpuMs, 0)} (${x.warmMarkCompacts}, ${f1(x.warmMarkCompactMs, 0)}) | ${f1(x.bestCpuMs, 0)} | ${p ? `${ratio(x.warmCpuMs, p.warmCpuMs)}, ${ratio(x.warmMeanCpuMs, p.warmMeanCpuMs)}, ${ratio(x.bestCpuMs, p.bestCpuMs)}; ${ratio(x.cold?.cpuMs, p.cold?.cpuMs)}` : '—'} | ${f1(x.rssMiB, 0)} | ${p ? ratio(x.rssMiB, p.rssMiB) : '—'} | ${f1(x.load, 1)}`,
    );
  });
  return { rows, text: out.join('\n') };
}

function merge() {
  const rows = [];
  for (const f of factors) {
    const n = 1000 * f;
    const dir = unitsDir(n);
    for (const file of xlsxIn(dir)) fs.readFileSync(path.join(dir, file)); // page cache warm for both
    const ours = [];
    const peer = [];
    const peerRuns = noPeer ? 0 : f === factors[0] ? runs : quick ? 0 : 1;
    // interleaved, so that a burst of load hits both alike
    for (let k = 0; k < Math.max(runs, peerRuns); k++) {
      if (k < runs) ours.push(timed(process.execPath, [path.join(ROOT, 'bin', 'peixun.js'), 'merge', dir, '--out', path.join(CACHE, `scale-ours-${n}.xlsx`), '--json']));
      if (k < peerRuns) peer.push(timed(PY, [PEER, dir, path.join(CACHE, `scale-peer-${n}.xlsx`)]));
    }
    const counts = JSON.parse(ours[0].stdout);
    const pm = /projects=(\d+)/.exec(peer[0]?.stderr ?? '');
    const med = (list, k) => median(list.map((x) => x[k]));
    rows.push({
      f,
      n,
      projects: counts.projectsMerged,
      peerProjects: pm ? Number(pm[1]) : null,
      ours: { wall: med(ours, 'wall'), cpu: med(ours, 'cpu'), rssMiB: Math.max(...ours.map((x) => x.rssMiB ?? 0)) || null, runs: ours.length },
      peer: peer.length ? { wall: med(peer, 'wall'), cpu: med(peer, 'cpu'), rssMiB: Math.max(...peer.map((x) => x.rssMiB ?? 0)) || null, runs: peer.length } : null,
      load: median([...ours, ...peer].map((x) => x.load)),
    });
    const x = rows[rows.length - 1];
    process.stderr.write(`  merge ${n} units: ours ${f1(x.ours.wall)} s, ${f1(x.ours.cpu)} s CPU, ${f1(x.ours.rssMiB, 0)} MiB; peer ${f1(x.peer?.wall)} s, ${f1(x.peer?.cpu)} s CPU, ${f1(x.peer?.rssMiB, 0)} MiB; load ${f1(x.load, 1)}\n`);
  }
  const out = [
    `merge (peixun merge, worker threads as by default) beside the pandas peer (plain); ours = median of ${runs}, peer = median of ${noPeer ? 0 : runs} at ${factors[0]}×${quick || noPeer ? '' : ', one run at the larger sizes'}; CPU = user + system of the whole process; peak = max RSS`,
    'units | projects (ours/peer) | ours wall s | ours CPU s | ours MiB | CPU ratio to previous (wall, MiB) | peer wall s | peer CPU s | peer MiB | peer/ours wall | peer/ours CPU | load',
    '---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:',
  ];
  rows.forEach((x, i) => {
    const p = rows[i - 1];
    out.push(
      `${x.n} | ${x.projects}/${x.peerProjects ?? '—'} | ${f1(x.ours.wall)} | ${f1(x.ours.cpu)} | ${f1(x.ours.rssMiB, 0)} | ${p ? `${ratio(x.ours.cpu, p.ours.cpu)} (${ratio(x.ours.wall, p.ours.wall)}, ${ratio(x.ours.rssMiB, p.ours.rssMiB)})` : '—'} | ${f1(x.peer?.wall)} | ${f1(x.peer?.cpu)} | ${f1(x.peer?.rssMiB, 0)} | ${x.peer ? ratio(x.peer.wall, x.ours.wall) : '—'} | ${x.peer ? ratio(x.peer.cpu, x.ours.cpu) : '—'} | ${f1(x.load, 1)}`,
    );
  });
  const first = rows.find((r) => r.n === 1000 && r.peer);
  if (first) {
    const w = first.peer.wall / first.ours.wall;
    const c = first.peer.cpu / first.ours.cpu;
    out.push('', `1 000 units: peer/ours ${w.toFixed(1)}× wall, ${c.toFixed(1)}× CPU (target ≥ 10× both: ${w >= 10 && c >= 10 ? 'met' : 'NOT met'}); peak ${f1(first.ours.rssMiB, 0)} MiB vs the peer's ${f1(first.peer.rssMiB, 0)} MiB (${first.ours.rssMiB < first.peer.rssMiB ? 'under' : 'NOT under'})`);
  }
  return { rows, text: out.join('\n') };
}

function main() {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const started = load();
  const result = { factors, runs, loadStart: started };
  const text = [`Scaling — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${os.cpus().length} cores, load ${started.toFixed(1)} at the start; factors ${factors.join(', ')}×`];
  if (only.has('core')) {
    const c = core();
    result.core = c.rows;
    text.push('', c.text);
  }
  if (only.has('merge')) {
    const hasPandas = !noPeer && spawnSync(PY, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' }).status === 0;
    if (!noPeer && !hasPandas) text.push('', 'merge: skipped — Debian python3-pandas / python3-openpyxl are needed for the unit workbooks and the peer');
    else {
      const m = merge();
      result.merge = m.rows;
      text.push('', m.text);
    }
  }
  result.loadEnd = load();
  text.push('', `load average at the end ${result.loadEnd.toFixed(1)} on ${os.cpus().length} cores${result.loadEnd > 1.5 ? ' — others were using the machine: compare within this run, CPU before wall' : ''}`);
  process.stdout.write(text.join('\n') + '\n');
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
}

if (require.main === module) main();
module.exports = { main };
