#!/usr/bin/env node
/**
 * Merge benchmark (issue 4): 100 / 500 / 1 000 generated unit workbooks, our `peixun merge` beside
 * the pandas peer (plain and -j 2) on the same files in the same run, with wall time and peak memory.
 *
 *   node bench/merge.js [--sizes 100,500,1000] [--runs 3] [--baseline DIR]
 *
 * Files come from /work/shared/bench/gen_units.py (cached under /tmp/peixun-bench). Our figure is
 * the command line as a user runs it (`node bin/peixun.js merge DIR --out …`, after
 * `npm run build:cli`), so process start-up, worker threads and writing the summary are included.
 * Peak memory: ours, the largest sum of RSS over `peixun` and the child processes it reads files in
 * (bench/tree-rss.js, sampled every 50 ms; GNU time would give the largest single process only) — and,
 * on the 1 000-unit line, what the processes hold (private pages + shared pages once, tree-rss.js); the
 * peer, GNU time's max RSS, and for its -j 2 the parent's and its largest worker's RSS as it prints
 * them, summed as parent + 2 × worker.
 * `--baseline DIR`: also time another checkout's build (DIR/bin/peixun.js, e.g. an earlier commit
 * built into a temporary folder), its runs interleaved with ours, for before/after figures.
 * Wrap the run in `flock /tmp/bench.lock …` on a shared machine.
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const { ROOT, SHARED, CACHE, PY, arg, unitSet } = require('./units');

const PEER = path.join(SHARED, 'bench', 'peer_merge.py');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command under GNU time: { seconds, rssMiB, stdout, stderr }. */
function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssMiB = null;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr || '');
  if (m) rssMiB = Number(m[1]) / 1024;
  // CPU seconds (user + system, children included): unlike wall time, not inflated by other load on the machine
  const u = /User time \(seconds\): ([\d.]+)/.exec(r.stderr || '');
  const sy = /System time \(seconds\): ([\d.]+)/.exec(r.stderr || '');
  const cpu = u && sy ? Number(u[1]) + Number(sy[1]) : null;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${(r.stderr || '').slice(-2000)}`);
  return { seconds, cpu, rssMiB, stdout: r.stdout, stderr: r.stderr };
}

function ours(dir, n, root = ROOT) {
  const out = path.join(CACHE, `${root === ROOT ? 'ours' : 'baseline'}-${n}.xlsx`);
  const r = timed(process.execPath, [path.join(__dirname, 'tree-rss.js'), process.execPath, path.join(root, 'bin', 'peixun.js'), 'merge', dir, '--out', out, '--json']);
  const tree = /tree max RSS: (\d+) KiB/.exec(r.stderr);
  if (tree) r.rssMiB = Number(tree[1]) / 1024;
  // GNU time times the sampler too: its own CPU is not ours
  const sampler = /sampler CPU: (\d+) ms/.exec(r.stderr);
  if (sampler && r.cpu != null) r.cpu -= Number(sampler[1]) / 1000;
  const phys = /private pages \+ shared once: (\d+) KiB/.exec(r.stderr);
  if (phys) r.physMiB = Number(phys[1]) / 1024;
  const counts = JSON.parse(r.stdout);
  return { ...r, counts };
}

function peer(dir, n, jobs) {
  const out = path.join(CACHE, `peer-${n}-j${jobs}.xlsx`);
  const r = timed(PY, [PEER, dir, out, ...(jobs > 1 ? ['-j', String(jobs)] : [])]);
  if (jobs > 1) {
    const m = /max RSS: parent (\d+) MiB, largest worker (\d+) MiB/.exec(r.stderr);
    if (m) r.rssMiB = Number(m[1]) + jobs * Number(m[2]);
  }
  const p = /projects=(\d+)/.exec(r.stderr);
  r.projects = p ? Number(p[1]) : null;
  return r;
}

/** Best (shortest) of the runs; CPU is the least of the runs, memory the most. */
function bestOf(list) {
  let b = null;
  for (const r of list) {
    if (!b || r.seconds < b.seconds) b = { ...r, rssMiB: Math.max(r.rssMiB ?? 0, b?.rssMiB ?? 0) || null, physMiB: Math.max(r.physMiB ?? 0, b?.physMiB ?? 0) || null, cpu: Math.min(r.cpu ?? Infinity, b?.cpu ?? Infinity) };
  }
  b.median = list.map((r) => r.seconds).sort((x, y) => x - y)[Math.floor(list.length / 2)];
  b.cpuMedian = list.map((r) => r.cpu ?? Infinity).sort((x, y) => x - y)[Math.floor(list.length / 2)];
  return b;
}

/** `runs` runs of each function, interleaved (so that a burst of load on the machine hits both alike). */
function interleaved(runs, fns) {
  const lists = fns.map(() => []);
  for (let i = 0; i < runs; i++) fns.forEach((f, k) => lists[k].push(f()));
  return lists.map(bestOf);
}

function main() {
  const sizes = arg('sizes', '100,500,1000').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const baseline = arg('baseline', null) ? path.resolve(arg('baseline', null)) : null;
  const loadAtStart = require('os').loadavg()[0];
  if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  unitSet(Math.max(...sizes)); // the largest set first: the smaller ones are copied from it
  const rows = [];
  for (const n of sizes) {
    const dir = unitSet(n);
    for (const f of fs.readdirSync(dir)) fs.readFileSync(path.join(dir, f)); // warm the page cache for everyone
    const [o, b] = interleaved(runs, baseline ? [() => ours(dir, n), () => ours(dir, n, baseline)] : [() => ours(dir, n)]);
    const p1 = peer(dir, n, 1);
    const p2 = peer(dir, n, 2);
    rows.push({ n, o, b, p1, p2 });
    process.stderr.write(`  ${n} units done\n`);
  }
  const f = (x, d = 2) => (x == null ? '—' : x.toFixed(d));
  const lines = [
    `Merge of generated unit workbooks (gen_units.py, 15-day schedules); ours = best of ${runs} (median in brackets)${baseline ? `, baseline = ${baseline}, runs interleaved with ours` : ''}, peer = 1 run each; ${require('os').cpus().length} cores`,
    '',
    `units | projects (ours/peer) | ours s |${baseline ? ' baseline s |' : ''} peer s | peer -j2 s | peer/ours | peer-j2/ours | ours CPU s |${baseline ? ' baseline CPU s |' : ''} peer CPU s | peer -j2 CPU s | ours MiB |${baseline ? ' baseline MiB |' : ''} peer MiB | peer -j2 MiB`,
    `---:|---:|---:|${baseline ? '---:|---:|---:|' : ''}---:|---:|---:|---:|---:|---:|---:|---:|---:|---:`,
  ];
  for (const { n, o, b, p1, p2 } of rows) {
    const bs = (x) => (b ? ` ${x} |` : '');
    lines.push(
      `${n} | ${o.counts.projectsMerged}/${p1.projects ?? '—'} | ${f(o.seconds)} (${f(o.median)}) |${bs(b && `${f(b.seconds)} (${f(b.median)})`)} ${f(p1.seconds)} | ${f(p2.seconds)} | ${f(p1.seconds / o.seconds, 1)}× | ${f(p2.seconds / o.seconds, 1)}× | ${f(o.cpu)} |${bs(b && f(b.cpu))} ${f(p1.cpu)} | ${f(p2.cpu)} | ${f(o.rssMiB, 0)} |${bs(b && f(b.rssMiB, 0))} ${f(p1.rssMiB, 0)} | ${f(p2.rssMiB, 0)}`,
    );
  }
  const load = require('os').loadavg()[0];
  lines.push('', `load average at the start: ${loadAtStart.toFixed(1)}`);
  lines.push('', `load average at the end: ${load.toFixed(1)} on ${require('os').cpus().length} cores${load > 2.5 ? ' — the machine was busy: wall times are inflated, CPU seconds are the steadier comparison' : ''}`);
  const last = rows.find((r) => r.n === 1000);
  if (last) {
    // issue 13: CPU and wall time at least 10× the plain peer's in the same run, memory under the peer's
    const { o, p1 } = last;
    const ok = (x) => (x >= 10 ? 'met' : 'NOT met');
    lines.push(
      '',
      `1 000 units (issue 13: ≥ 10× the peer in CPU and in wall time, memory under the peer's): ` +
        `wall ours ${f(o.seconds)} s best / ${f(o.median)} s median vs peer ${f(p1.seconds)} s → ${f(p1.seconds / o.seconds, 1)}× best, ${f(p1.seconds / o.median, 1)}× median (${ok(p1.seconds / o.median)}); ` +
        `CPU ours ${f(o.cpu)} s least / ${f(o.cpuMedian)} s median vs peer ${f(p1.cpu)} s → ${f(p1.cpu / o.cpu, 1)}× least, ${f(p1.cpu / o.cpuMedian, 1)}× median (${ok(p1.cpu / o.cpuMedian)}); ` +
        `memory: the sum of RSS over our processes ${f(o.rssMiB, 0)} MiB vs peer ${f(p1.rssMiB, 0)} MiB (${o.rssMiB < p1.rssMiB ? 'met' : 'NOT met'}), ` +
        `what they hold (private pages + the node binary's shared pages once) ${f(o.physMiB, 0)} MiB (${o.physMiB != null && o.physMiB < p1.rssMiB ? 'met' : 'NOT met'}); ${f(last.p2.seconds / o.seconds, 1)}× the -j 2 peer's wall`,
    );
    lines.push(`conservation: projectsIn ${last.o.counts.projectsIn} = merged ${last.o.counts.projectsMerged} + rejected ${last.o.counts.rejected}; files failed ${last.o.counts.filesFailed}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

if (require.main === module) main();
module.exports = { main };
