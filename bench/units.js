/**
 * What the file benchmarks share: command-line flags, where ../shared and the cache are, and the generated
 * unit workbooks. The N-unit set is the first N files of the 1 000-unit set (gen_units.py makes unit i
 * from i alone, so generating N directly gives the same files); sets are cached under /tmp/peixun-bench.
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SHARED = process.env.PEIXUN_SHARED || path.resolve(ROOT, '..', 'shared');
const GEN = path.join(SHARED, 'bench', 'gen_units.py');
const CACHE = process.env.PEIXUN_BENCH_DIR || '/tmp/peixun-bench';
// Debian's python3 (pandas, openpyxl): another Python comes first on PATH on these machines.
const PY = process.env.PEIXUN_PYTHON || '/usr/bin/python3';

/** `--name value`, or the default. */
function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

/** The .xlsx names in a folder, sorted (none when it does not exist). */
const xlsxIn = (d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.xlsx')).sort() : []);

/** Exit code 3: the files cannot be made here (no python3 with openpyxl); run.js reports it as skipped. */
function cannotGenerate(why) {
  console.log(`skipped — ${why}. Install Debian's python3-pandas and python3-openpyxl (apt-get install -y python3-pandas python3-openpyxl) to generate the unit workbooks.`);
  process.exit(3);
}

/** The folder of the N-unit set: cached, copied from the cached 1 000-unit set, or generated. */
function unitSet(n) {
  const dir = path.join(CACHE, `units-${n}`);
  if (xlsxIn(dir).length === n) return dir;
  const full = path.join(CACHE, 'units-1000');
  if (n <= 1000 && xlsxIn(full).length === 1000) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const f of xlsxIn(full).slice(0, n)) fs.copyFileSync(path.join(full, f), path.join(dir, f));
    return dir;
  }
  if (!fs.existsSync(GEN)) cannotGenerate(`${GEN} not found`);
  if (!fs.existsSync(PY) || spawnSync(PY, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status !== 0) cannotGenerate(`${PY} cannot import openpyxl`);
  process.stderr.write(`generating ${n} unit workbooks into ${dir} (about a minute)…\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(CACHE, { recursive: true });
  execFileSync(PY, [GEN, dir, String(n)], { stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

module.exports = { ROOT, SHARED, GEN, CACHE, PY, arg, xlsxIn, unitSet };
