#!/usr/bin/env node
// `npm run mutate -- [--tests <globs>] <files or folders or globs>`: mutation testing of just those files with
// Stryker (config in stryker.config.mjs; reports in reports/mutation/, results kept for incremental runs in
// reports/stryker-incremental.json). A folder means every .ts under it. `--tests` runs only those test files
// (comma-separated globs; default every file under test/core/rules): jest loads every test file for every mutant,
// so a pack's own tests make a run several times faster. `--all-tests` runs every selected test for every mutant
// (for code behind module-level caches, see stryker.config.mjs). Other options starting with `-` go to `stryker run`.
// With no files: all of src/core/rules.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const args = process.argv.slice(2);
const testsAt = args.indexOf('--tests');
if (testsAt >= 0) process.env.MUTATE_TESTS = args.splice(testsAt, 2)[1];
const allAt = args.indexOf('--all-tests');
if (allAt >= 0) process.env.MUTATE_ALL_TESTS = String(args.splice(allAt, 1).length);
const options = args.filter((a) => a.startsWith('-'));
const files = args
  .filter((a) => !a.startsWith('-'))
  .map((a) => {
    const p = a.replace(/\\/g, '/').replace(/\/+$/, '');
    return fs.existsSync(p) && fs.statSync(p).isDirectory() ? `${p}/**/*.ts` : p;
  });
const stryker = path.join(__dirname, '..', 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const cli = [stryker, 'run', ...(files.length ? ['--mutate', files.join(',')] : []), ...options];
const result = spawnSync(process.execPath, cli, { stdio: 'inherit' });
process.exit(result.status ?? 1);
