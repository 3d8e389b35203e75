#!/usr/bin/env node
// Summarises the last Stryker report (reports/mutation/mutation.json) per folder of src/core/rules, and with
// `--survivors [path-prefix]` lists each surviving / uncovered mutant as file:line  mutator  original → replacement.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const report = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'reports', 'mutation', 'mutation.json'), 'utf8'));
const args = process.argv.slice(2);
const listAt = args.indexOf('--survivors');
const prefix = listAt >= 0 ? (args[listAt + 1] ?? '') : null;

const groups = new Map();
const survivors = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const rel = path.relative(process.cwd(), path.resolve(file)).replace(/\\/g, '/');
  const group = path.dirname(rel);
  const g = groups.get(group) ?? { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, other: 0 };
  const lines = source.split('\n');
  for (const m of mutants) {
    if (m.status in g) g[m.status]++;
    else g.other++;
    if ((m.status === 'Survived' || m.status === 'NoCoverage') && prefix !== null && rel.startsWith(prefix)) {
      const { start, end } = m.location;
      const original =
        start.line === end.line
          ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
          : lines[start.line - 1].slice(start.column - 1) + '…';
      survivors.push(
        `${rel}:${start.line}  ${m.status === 'NoCoverage' ? '[no coverage] ' : ''}${m.mutatorName}  ${original.trim().slice(0, 80)} → ${(m.replacement ?? '').slice(0, 80)}`,
      );
    }
  }
  groups.set(group, g);
}
const score = (g) => ((100 * (g.Killed + g.Timeout)) / Math.max(1, g.Killed + g.Timeout + g.Survived + g.NoCoverage)).toFixed(1);
console.log('folder\tscore %\tkilled\tsurvived\tno coverage\ttimeout\terrors');
for (const [group, g] of [...groups].sort())
  console.log(`${group}\t${score(g)}\t${g.Killed}\t${g.Survived}\t${g.NoCoverage}\t${g.Timeout}\t${g.other}`);
if (prefix !== null) console.log(survivors.join('\n'));
