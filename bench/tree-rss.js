#!/usr/bin/env node
/**
 * `node bench/tree-rss.js CMD ARGS…`: runs the command (stdout and stderr passed through, same exit
 * code) and prints to stderr, last, `tree max RSS: N KiB (largest process M KiB)` — the largest sum
 * of RSS over the command and its descendants, sampled every 50 ms from /proc. GNU time reports the
 * largest single process only, which misses the children that `peixun` reads files in.
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');

/** RSS (KiB) of a process and all its descendants, and the largest of them. */
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
  const walk = (p) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      const kb = m ? Number(m[1]) : 0;
      sum += kb;
      max = Math.max(max, kb);
    } catch {
      /* gone */
    }
    for (const k of kids.get(p) ?? []) walk(k);
  };
  walk(pid);
  return { sum, max };
}

/** Runs the command, sampling; resolves to { code, peakKiB, largestKiB, stderr } (stderr when piped). */
function runSampled(cmd, args, stdio = 'inherit') {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    let peak = 0;
    let largest = 0;
    const timer = setInterval(() => {
      const r = treeRss(child.pid);
      peak = Math.max(peak, r.sum);
      largest = Math.max(largest, r.max);
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, peakKiB: peak, largestKiB: largest, stderr });
    });
  });
}

if (require.main === module) {
  const [cmd, ...args] = process.argv.slice(2);
  runSampled(cmd, args).then((r) => {
    process.stderr.write(`tree max RSS: ${r.peakKiB} KiB (largest process ${r.largestKiB} KiB)\n`);
    process.exitCode = r.code ?? 1;
  });
}

module.exports = { treeRss, runSampled };
