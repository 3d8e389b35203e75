#!/usr/bin/env node
// The last step of `npm run build:cli`: the merge's child (lib/hosts/files/merge/worker.js) bundled
// into one script and a V8 start-up snapshot of it built by this Node, with the options its children
// run under (src/hosts/files/merge/childSnapshot.ts says why and how it is used). Node builds a
// snapshot only from one script that loads nothing but Node's own modules, hence the bundle.
// If anything fails this says so and leaves no snapshot: the children then run worker.js (slower
// to start, same results), and the build goes on.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const DIR = path.join(__dirname, '..', 'lib', 'hosts', 'files', 'merge');
const { SNAPSHOT_BLOB, SNAPSHOT_META, SNAPSHOT_WARM_ENV } = require(path.join(DIR, 'childSnapshot.js'));
const { childExecArgv } = require(path.join(DIR, '..', 'read', 'isolate.js'));
const { WORKER_LIMITS } = require(path.join(DIR, 'workers.js'));

const BUNDLE = 'worker.bundle.js';
const LATER = ['@e965/xlsx', 'fflate/node'];
const blob = path.join(DIR, SNAPSHOT_BLOB);
const meta = path.join(DIR, SNAPSHOT_META);

function fail(why) {
  process.stderr.write(`child-snapshot: 未生成合并子进程的启动快照（${why}）；合并照常进行，只是子进程启动慢一些\n`);
  process.exitCode = 0;
}

async function main() {
  for (const f of [blob, meta, path.join(DIR, BUNDLE)]) fs.rmSync(f, { force: true });
  const webpack = require('webpack');
  const config = {
    mode: 'none',
    target: 'node',
    entry: path.join(DIR, 'worker.js'),
    output: { path: DIR, filename: BUNDLE },
    // fflate makes a TextDecoder when it loads, which a snapshot cannot hold: loaded at first use
    resolve: { alias: { fflate$: path.join(DIR, 'snapshotFflate.js') } },
    // What a child loads only when it needs it (SheetJS for a .xls or .ods; fflate, never in Node)
    // stays out of the bundle: the snapshot holds the bundle's source, and each child the snapshot
    // (SheetJS alone: 1.4 MB). Required at first use from node_modules, by the worker's path.
    externals: [
      ({ request }, done) =>
        LATER.includes(request) ? done(null, `var require("module").createRequire(process.argv[1])(${JSON.stringify(request)})`) : done(),
    ],
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  };
  const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
  if (stats.hasErrors()) return fail(`打包出错：${stats.toString('errors-only').split('\n')[0]}`);
  // the snapshot, and so every child, holds the bundle's source: without comments and indentation,
  // and in ASCII (\u escapes; one Chinese character would make V8 keep all of it at two bytes a
  // character); nothing else changed (no compression, no renaming)
  const bundle = path.join(DIR, BUNDLE);
  const min = await require('@swc/core').minify(fs.readFileSync(bundle, 'utf8'), {
    compress: false,
    mangle: false,
    format: { comments: false, asciiOnly: true },
  });
  fs.writeFileSync(bundle, min.code);
  const execArgv = childExecArgv(WORKER_LIMITS);
  const tmp = `${blob}.tmp`;
  // the code warmed on the bundled examples before the snapshot is taken (merge/warmUp.ts); without
  // them (a copy without examples/) the snapshot is built cold, as before
  const examples = path.join(__dirname, '..', 'examples');
  const warm = fs.existsSync(examples)
    ? fs.readdirSync(examples).filter((f) => /\.xlsx$/i.test(f)).sort().map((f) => path.join(examples, f))
    : [];
  const r = spawnSync(process.execPath, [...execArgv, '--snapshot-blob', tmp, '--build-snapshot', path.join(DIR, BUNDLE)], {
    encoding: 'utf8',
    cwd: DIR,
    env: { ...process.env, [SNAPSHOT_WARM_ENV]: warm.join(path.delimiter) },
  });
  if (r.status !== 0 || !fs.existsSync(tmp)) {
    fs.rmSync(tmp, { force: true });
    const last = (r.stderr || '').split('\n').filter((l) => /[A-Za-z]/.test(l) && !/^\s*\d+: 0x/.test(l));
    return fail(`node --build-snapshot 退出码 ${r.status}：${last.slice(0, 3).join(' / ')}`);
  }
  fs.renameSync(tmp, blob);
  const warmed = Number(/^warmed (\d+)$/m.exec(r.stdout || '')?.[1] ?? 0);
  fs.writeFileSync(
    meta,
    JSON.stringify({ node: process.version, arch: process.arch, execPath: process.execPath, execArgv, warmedWith: warm.map((f) => path.basename(f)), warmed }, null, 1),
  );
}

main().catch((e) => fail(String((e && e.message) || e).split('\n')[0]));
