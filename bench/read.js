#!/usr/bin/env node
/**
 * Reading benchmark: how fast 100 / 500 / 1 000 generated unit workbooks are read into memory by
 * our reader (src/hosts/files/read, compiled to lib/ by `npm run build:cli`), by readMany on worker
 * threads, by SheetJS (@e965/xlsx) and by ExcelJS (only if installed: it is not a dependency;
 * `flock /tmp/npm.lock npm install --no-save exceljs` to compare).
 *
 *   node bench/read.js [--sizes 100,500,1000] [--runs 3] [--readers ours,many,sheetjs,exceljs]
 *
 * Each (reader, size, run) is a fresh Node process, as a command-line run is, so its time includes
 * JIT warm-up and its peak RSS (process.resourceUsage().maxRSS) is its own. The time covers reading
 * the bytes from disk and parsing every sheet; process start and library loading are excluded
 * and reported separately. Files: /work/shared/bench/gen_units.py, cached under /tmp/peixun-bench
 * (the N-unit set is the first N files of the 1 000-unit set, as bench/merge.js uses them).
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { ROOT, arg, unitSet, xlsxIn } = require('./units');

const LIB = path.join(ROOT, 'lib', 'hosts', 'files', 'read');

function resolvable(id) {
  try {
    require.resolve(id, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- child: one timed pass

async function child(reader, n) {
  const dir = unitSet(n);
  const files = xlsxIn(dir).map((f) => path.join(dir, f));
  const tLoad = process.hrtime.bigint();
  let readAll;
  let cells = 0;
  let failed = 0;
  if (reader === 'ours') {
    const { readWorkbookBytes } = require(path.join(LIB, 'node.js'));
    readAll = async () => {
      for (const f of files) {
        try {
          const g = readWorkbookBytes(fs.readFileSync(f), f);
          for (const s of g.sheets) for (const r of s.cells) if (r) cells += r.length;
        } catch {
          failed++;
        }
      }
    };
  } else if (reader === 'many') {
    const { readMany } = require(path.join(LIB, 'many.js'));
    readAll = async () => {
      for (const r of await readMany(files)) {
        if (r.error) failed++;
        else for (const s of r.grid.sheets) for (const row of s.cells) if (row) cells += row.length;
      }
    };
  } else if (reader === 'sheetjs') {
    const XLSX = require(require.resolve('@e965/xlsx', { paths: [ROOT] }));
    readAll = async () => {
      for (const f of files) {
        const wb = XLSX.read(fs.readFileSync(f), { type: 'buffer', dense: true });
        for (const name of wb.SheetNames) for (const r of wb.Sheets[name]['!data'] || []) if (r) cells += r.length;
      }
    };
  } else if (reader === 'exceljs') {
    const ExcelJS = require(require.resolve('exceljs', { paths: [ROOT] }));
    readAll = async () => {
      for (const f of files) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(f));
        wb.eachSheet((ws) => ws.eachRow({ includeEmpty: false }, (row) => (cells += row.cellCount)));
      }
    };
  } else throw new Error(`unknown reader ${reader}`);
  const loadMs = Number(process.hrtime.bigint() - tLoad) / 1e6;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  await readAll();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, loadMs, rssMiB: process.resourceUsage().maxRSS / 1024, cells, failed }) + '\n',
  );
}

// ---------------------------------------------------------------- parent: the table

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const sizes = arg('sizes', '100,500,1000').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  for (const n of [Math.max(...sizes), ...sizes]) unitSet(n); // the largest first: the smaller sets are copied from it
  if (!fs.existsSync(path.join(LIB, 'node.js'))) {
    console.error('lib/ is missing: run `npm run build:cli` first');
    process.exit(2);
  }
  const wanted = arg('readers', 'ours,many,sheetjs,exceljs').split(',');
  const readers = wanted.filter((r) => {
    if (r === 'exceljs' && !resolvable('exceljs')) {
      console.log('exceljs: not installed, skipped (flock /tmp/npm.lock npm install --no-save exceljs to compare)');
      return false;
    }
    return true;
  });
  const f = (x, d = 0) => (x == null ? '—' : x.toFixed(d));
  console.log(`Reading generated unit workbooks (gen_units.py, 15-day schedules), ${os.cpus().length} cores, Node ${process.version}; best and median of ${runs} fresh processes`);
  console.log('reader  | files | best ms | median ms | ms/file | files/s | CPU ms | peak RSS MiB | cells');
  const rows = [];
  for (const reader of readers) {
    for (const n of sizes) {
      const res = [];
      for (let k = 0; k < runs; k++) {
        const r = spawnSync(process.execPath, [__filename, '--child', reader, String(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
        if (r.status !== 0) throw new Error(`${reader} ${n} failed:\n${r.stderr}`);
        res.push(JSON.parse(r.stdout.trim().split('\n').pop()));
      }
      const best = res.reduce((a, b) => (b.ms < a.ms ? b : a));
      const row = { reader, n, best: best.ms, median: median(res.map((x) => x.ms)), cpu: best.cpuMs, rss: Math.max(...res.map((x) => x.rssMiB)), cells: best.cells, failed: best.failed };
      rows.push(row);
      console.log(
        `${reader.padEnd(7)} | ${String(n).padStart(5)} | ${f(row.best).padStart(7)} | ${f(row.median).padStart(9)} | ${f(row.best / n, 2).padStart(7)} | ${f((n / row.best) * 1000).padStart(7)} | ${f(row.cpu).padStart(6)} | ${f(row.rss).padStart(12)} | ${row.cells}${row.failed ? ` (${row.failed} failed)` : ''}`,
      );
    }
  }
  return rows;
}

if (process.argv[2] === '--child') {
  child(process.argv[3], Number(process.argv[4])).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { main };
