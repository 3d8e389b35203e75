#!/usr/bin/env node
/**
 * `node bench/tree-rss.js CMD ARGS…`: runs the command (stdout and stderr passed through, same exit
 * code) and prints to stderr, last, `tree max RSS: N KiB (largest process M KiB; private pages + shared
 * once: P KiB)` — the largest sum of RSS over the command and its descendants, sampled every 50 ms from
 * /proc, and the largest of what they hold in memory (their private pages, plus the largest shared part
 * counted once: the pages of the node binary every process maps). GNU time reports the largest single
 * process only, which misses the children that `peixun` reads files in.
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');

/** KiB of one line of /proc/PID/smaps_rollup (0 when absent). */
const field = (text, name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);

/**
 * RSS (KiB) of a process and all its descendants, and the largest of them; and `physical`: their private
 * pages plus the largest shared part once. The sum of RSS counts the pages every Node process shares (the
 * node binary and its libraries, ≈ 40 MiB each, resident once) in each process: a merge with two child
 * processes sums ≈ 80 MiB the machine does not spend.
 */
function treeRss(pid) {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch {
      /* gone */
    }
  }
  let sum = 0;
  let max = 0;
  let priv = 0;
  let shared = 0;
  const walk = (p) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      const kb = m ? Number(m[1]) : 0;
      sum += kb;
      max = Math.max(max, kb);
      const r = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      priv += field(r, 'Private_Clean') + field(r, 'Private_Dirty');
      shared = Math.max(shared, field(r, 'Shared_Clean') + field(r, 'Shared_Dirty'));
    } catch {
      /* gone (or no smaps_rollup: physical stays a lower bound) */
    }
    for (const k of kids.get(p) ?? []) walk(k);
  };
  walk(pid);
  return { sum, max, physical: priv + shared };
}

/** Runs the command, sampling; resolves to { code, peakKiB, largestKiB, physicalKiB, stderr } (stderr when piped). */
function runSampled(cmd, args, stdio = 'inherit') {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    let peak = 0;
    let largest = 0;
    let physical = 0;
    const timer = setInterval(() => {
      const r = treeRss(child.pid);
      peak = Math.max(peak, r.sum);
      largest = Math.max(largest, r.max);
      physical = Math.max(physical, r.physical);
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, peakKiB: peak, largestKiB: largest, physicalKiB: physical, stderr });
    });
  });
}

if (require.main === module) {
  const [cmd, ...args] = process.argv.slice(2);
  runSampled(cmd, args).then((r) => {
    process.stderr.write(`tree max RSS: ${r.peakKiB} KiB (largest process ${r.largestKiB} KiB; private pages + shared once: ${r.physicalKiB} KiB)\n`);
    // this sampler's own CPU (reading /proc every 50 ms: ≈ 0.1 s over a 3 s merge), for a timer around it to subtract
    const c = process.cpuUsage();
    process.stderr.write(`sampler CPU: ${((c.user + c.system) / 1000).toFixed(0)} ms\n`);
    process.exitCode = r.code ?? 1;
  });
}

module.exports = { treeRss, runSampled };
