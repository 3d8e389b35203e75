#!/usr/bin/env node
/**
 * `npm run docs:excel-table`: writes the Excel version table, generated from the requirement list
 * (src/hosts/excel/requirements.ts), into README.md and docs/EXCEL.md between marker comments:
 *
 *   <!-- generated:excel-requirements begin … -->  …  <!-- generated:excel-requirements end -->
 *   <!-- generated:excel-requirement-sources begin … -->  …  (docs/EXCEL.md only)
 *
 * `--check` changes nothing and exits 1 when a file disagrees with the list (the test does the same).
 * The TypeScript module is compiled in memory with @swc/core, so no build is needed first.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

const ROOT = path.join(__dirname, '..');
const SOURCE = path.join(ROOT, 'src', 'hosts', 'excel', 'requirements.ts');

/** Which generated sections each file carries. */
const FILES = {
  'README.md': ['excel-requirements'],
  'docs/EXCEL.md': ['excel-requirements', 'excel-requirement-sources'],
};

const begin = (name) => `<!-- generated:${name} begin (npm run docs:excel-table; edit src/hosts/excel/requirements.ts, not this) -->`;
const end = (name) => `<!-- generated:${name} end -->`;

/** The text between a section's markers, or null when the markers are missing. */
function section(text, name) {
  const b = text.indexOf(begin(name));
  const e = text.indexOf(end(name));
  if (b < 0 || e < b) return null;
  return text
    .slice(b + begin(name).length, e)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}

/** `text` with the section's content replaced; throws when the markers are missing. */
function replaceSection(text, name, content) {
  const b = text.indexOf(begin(name));
  const e = text.indexOf(end(name));
  if (b < 0 || e < b) throw new Error(`markers of ${name} not found`);
  return `${text.slice(0, b)}${begin(name)}\n${content}\n${text.slice(e)}`;
}

/** requirements.ts, compiled in memory. */
function loadRequirements() {
  const { transformSync } = require('@swc/core');
  const { code } = transformSync(fs.readFileSync(SOURCE, 'utf8'), {
    filename: SOURCE,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2020' },
    module: { type: 'commonjs' },
  });
  const m = new Module(SOURCE, module);
  m.filename = SOURCE;
  m._compile(code, SOURCE);
  return m.exports;
}

function contents(req) {
  return { 'excel-requirements': req.requirementsMarkdown(), 'excel-requirement-sources': req.requirementSourcesMarkdown() };
}

function main(argv) {
  const check = argv.includes('--check');
  const want = contents(loadRequirements());
  let stale = 0;
  for (const [rel, names] of Object.entries(FILES)) {
    const file = path.join(ROOT, rel);
    const text = fs.readFileSync(file, 'utf8');
    let next = text;
    for (const name of names) {
      if (section(text, name) === null) {
        console.error(`${rel} 中没有 ${name} 的标记注释：请加上 ${begin(name)} 与 ${end(name)} 两行。`);
        return 2;
      }
      next = replaceSection(next, name, want[name]);
    }
    if (next === text) continue;
    stale++;
    if (check) console.error(`${rel} 中的 Excel 版本表与 src/hosts/excel/requirements.ts 不一致：请运行 npm run docs:excel-table。`);
    else {
      const tmp = `${file}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, next);
      fs.renameSync(tmp, file);
      console.log(`已更新 ${rel}`);
    }
  }
  if (!stale) console.log('README.md 与 docs/EXCEL.md 的 Excel 版本表已是最新。');
  return check && stale ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
module.exports = { FILES, begin, end, section, replaceSection, loadRequirements, contents };
