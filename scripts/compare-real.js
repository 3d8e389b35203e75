#!/usr/bin/env node
/**
 * Reads every workbook under the given folders with our reader (lib/, after `npm run build:cli`)
 * and with SheetJS, and lists where they disagree, by class (issue 10's real-file check).
 *
 *   node scripts/compare-real.js DIR… [--lib lib] [--json out.jsonl] [--skip REGEX] [-v]
 *
 * For public test suites fetched outside the project (Apache POI test-data/spreadsheet,
 * PhpSpreadsheet tests/data, ExcelDataReader src/TestData, calamine tests, SheetJS test_files).
 * SheetJS is not the truth: where they differ, look at the file (docs/BENCH.md, "real-world files",
 * lists the classes where our reader is right). CSV is compared as text (our reader keeps every
 * CSV value a string; a SheetJS number equal to the text agrees). Each file is read in this process:
 * a file that takes a reader down ends the run (the product reads each file in a child process):
 * leave it out with --skip (ExcelDataReader's Test_git_issue_382_oom.xls drives SheetJS out of memory).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const lib = path.resolve(opt('--lib') ?? path.join(__dirname, '..', 'lib'));
const jsonOut = opt('--json');
const skip = opt('--skip');
const verbose = args.includes('-v');
const dirs = args.filter((a) => a !== '-v');
if (dirs.length === 0) {
  console.error('usage: node scripts/compare-real.js DIR… [--lib lib] [--json out.jsonl] [--skip REGEX] [-v]');
  process.exit(2);
}
const { readWorkbookBytes } = require(path.join(lib, 'hosts/files/read/index.js'));
const XLSX = require('@e965/xlsx');

const EXT = /\.(xlsx|xlsm|xltx|xls|ods|et|ett|csv)$/i;
const ERRORS = new Map([[0, '#NULL!'], [7, '#DIV/0!'], [15, '#VALUE!'], [23, '#REF!'], [29, '#NAME?'], [36, '#NUM!'], [42, '#N/A']]);

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && EXT.test(e.name) && !(skip && new RegExp(skip).test(p))) yield p;
  }
}

function colName(c) {
  let s = '';
  for (c++; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Sheet name → Map(A1 → [kind, value]) from our grid. */
function ours(bytes, file) {
  const out = new Map();
  for (const s of readWorkbookBytes(bytes, file).sheets) {
    const cells = new Map();
    s.cells.forEach((row, r) =>
      row?.forEach((c, k) => {
        if (!c) return;
        const kind = c.err ? 'e' : typeof c.v === 'number' ? (c.date ? 'd' : 'n') : typeof c.v === 'boolean' ? 'b' : 's';
        cells.set(colName(k) + (r + 1), [kind, c.err ?? c.v]);
      }),
    );
    out.set(s.name, cells);
  }
  return out;
}

function sheetjs(bytes) {
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false });
  const d1904 = !!wb.Workbook?.WBProps?.date1904;
  const out = new Map();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const cells = new Map();
    ws?.['!data']?.forEach((row, r) =>
      row?.forEach((c, k) => {
        if (!c) return;
        const ref = colName(k) + (r + 1);
        if (c.t === 'e') cells.set(ref, ['e', ERRORS.get(c.v) ?? c.w]);
        else if (c.t === 'n') {
          const date = !!c.z && XLSX.SSF.is_date(c.z);
          cells.set(ref, [date ? 'd' : 'n', date && d1904 && c.v >= 1 ? c.v + 1462 : c.v]);
        } else if (c.t === 'b') cells.set(ref, ['b', !!c.v]);
        else if (c.t === 's' && c.v !== '' && c.v != null) cells.set(ref, ['s', String(c.v)]);
      }),
    );
    out.set(name, cells);
  }
  return out;
}

/** The class of a disagreement between our cell `a` and SheetJS's `b`, or undefined when they agree. */
function classOf(a, b, csv) {
  if (!a) return `missing-in-ours:${b[0]}`;
  if (!b) return `extra-in-ours:${a[0]}`;
  if (csv && a[0] === 's' && b[0] !== 's') {
    if (b[0] === 'n' && Number(a[1].replace(/,/g, '')) === b[1]) return undefined;
    if (b[0] === 'b' && a[1].toUpperCase() === String(b[1]).toUpperCase()) return undefined;
    return `csv-text-vs-${b[0]}`;
  }
  const num = (k) => k === 'n' || k === 'd';
  if (num(a[0]) && num(b[0])) {
    const [x, y] = [a[1], b[1]];
    if (!(Math.abs(x - y) <= Math.max(1e-9 * Math.abs(y), 1e-8))) return Math.abs(Math.abs(x - y) - 1462) < 1e-6 ? 'date-1904' : a[0] === 'd' ? 'date-value' : 'number-value';
    return a[0] === b[0] ? undefined : `date-flag:ours-${a[0]}`;
  }
  if (a[0] !== b[0]) return `type:${a[0]}-vs-${b[0]}`;
  if (a[1] === b[1]) return undefined;
  if (a[0] === 's') {
    if (a[1].replace(/\r/g, '') === b[1].replace(/\r/g, '')) return 'string-cr';
    if (a[1].trim() === b[1].trim()) return 'string-space';
    return 'string';
  }
  return a[0] === 'e' ? 'error-code' : 'other';
}

const classes = new Map();
const status = new Map();
const count = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const slow = [];
const out = jsonOut ? fs.openSync(jsonOut, 'w') : undefined;
for (const dir of dirs) {
  for (const file of walk(dir)) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const t0 = process.hrtime.bigint();
    let a;
    let err;
    try {
      a = ours(bytes, file);
    } catch (e) {
      err = e.reason ?? e.message;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    slow.push([ms, file]);
    let b;
    try {
      b = sheetjs(bytes);
    } catch {
      b = undefined;
    }
    const diffs = new Map();
    const examples = [];
    if (!a || !b) {
      count(status, !a && !b ? 'both-refused' : !a ? 'ours-refused' : 'sheetjs-failed');
    } else {
      const csv = /\.csv$/i.test(file);
      const pairs = csv ? [[[...a.values()][0], [...b.values()][0], '']] : [...b.keys()].map((n) => [a.get(n), b.get(n), n]);
      for (const n of a.keys()) if (!csv && !b.has(n) && a.get(n).size) count(diffs, 'sheet-extra');
      for (const [x, y, name] of pairs) {
        if (!x) {
          if (y.size) count(diffs, 'sheet-missing');
          continue;
        }
        for (const ref of new Set([...x.keys(), ...y.keys()])) {
          const c = classOf(x.get(ref), y.get(ref), csv);
          if (!c) continue;
          count(diffs, c);
          if (examples.length < 3) examples.push([name, ref, x.get(ref), y.get(ref)]);
        }
      }
      count(status, diffs.size ? 'differ' : 'agree');
      for (const [c, n] of diffs) {
        const e = classes.get(c) ?? { cells: 0, files: 0 };
        e.cells += n;
        e.files++;
        classes.set(c, e);
      }
      if (verbose && diffs.size) console.log(file, Object.fromEntries(diffs), JSON.stringify(examples).slice(0, 400));
    }
    if (out) fs.writeSync(out, JSON.stringify({ file, ms: Math.round(ms), ours: err ?? 'ok', diffs: Object.fromEntries(diffs), examples }) + '\n');
  }
}
console.log('files:', Object.fromEntries(status));
for (const [c, e] of [...classes].sort((x, y) => y[1].files - x[1].files)) console.log(`  ${c.padEnd(26)} cells ${String(e.cells).padStart(7)}  files ${String(e.files).padStart(4)}`);
slow.sort((x, y) => y[0] - x[0]);
console.log('slowest (our reader, ms):', slow.slice(0, 5).map(([ms, f]) => `${Math.round(ms)} ${path.basename(f)}`).join(', '));
