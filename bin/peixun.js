#!/usr/bin/env node
// The command line. `npm ci` builds lib/ (the prepare script); run `npm run build:cli` after editing src/.
// Errors a user can cause are one line from the command itself (exit 2); what reaches here is a
// defect: one line too, the stack only with PEIXUN_DEBUG=1.
require('../lib/cli/signals.js').endOnSignals();
require('../lib/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    const debug = process.env.PEIXUN_DEBUG;
    const text = debug && err && err.stack ? err.stack : String((err && err.message) || err).split('\n')[0];
    process.stderr.write(`peixun: 内部错误：${text}${debug ? '' : '（这是程序的缺陷，请把命令和这一行报告给维护者；设置环境变量 PEIXUN_DEBUG=1 可看详细信息）'}\n`);
    process.exitCode = 2;
  },
);
