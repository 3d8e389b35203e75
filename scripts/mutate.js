#!/usr/bin/env node
// `npm run mutate -- <files or folders or globs>`: mutation testing of just those files with Stryker (config in
// stryker.config.mjs, results kept for incremental runs in reports/mutation/). A folder means every .ts under it.
// Options starting with `-` are passed on to `stryker run`. With no files: all of src/core/rules.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const args = process.argv.slice(2);
const options = args.filter((a) => a.startsWith('-'));
const files = args.filter((a) => !a.startsWith('-')).map((a) => {
  const p = a.replace(/\\/g, '/').replace(/\/+$/, '');
  return fs.existsSync(p) && fs.statSync(p).isDirectory() ? `${p}/**/*.ts` : p;
});
const stryker = path.join(__dirname, '..', 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const cli = [stryker, 'run', ...(files.length ? ['--mutate', files.join(',')] : []), ...options];
const result = spawnSync(process.execPath, cli, { stdio: 'inherit' });
process.exit(result.status ?? 1);
