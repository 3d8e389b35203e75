#!/usr/bin/env node
/**
 * `npm run stop`: stops the server `npm start` (scripts/serve.js) started, from the pid file it writes.
 * Sends SIGTERM (the server closes its connections and removes the pid file), waits up to 5 s.
 * Exit 0 when stopped or when nothing was running.
 */
'use strict';
const fs = require('fs');
const { readPid, alive, PID_FILE } = require('./serve.js');

/** On Linux, make sure the recorded pid still belongs to serve.js (a pid may be reused after a crash). */
function isServer(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('serve.js');
  } catch {
    return process.platform !== 'linux'; // elsewhere: trust the pid file
  }
}

/** Running: signalable and not a zombie (an exited child its parent has not reaped yet). */
function running(pid) {
  if (!alive(pid)) return false;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

async function main() {
  const pid = readPid(PID_FILE);
  if (!pid || !running(pid) || !isServer(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log('没有正在运行的 npm start 服务。');
    return 0;
  }
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && running(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (running(pid)) {
    console.error(`服务（进程 ${pid}）5 秒内未停止：请在运行 npm start 的终端按 Ctrl+C。`);
    return 1;
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log(`已停止 npm start 服务（进程 ${pid}）。`);
  return 0;
}

main().then((code) => process.exit(code));
