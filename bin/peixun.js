#!/usr/bin/env node
// The command line. `npm ci` builds lib/ (the prepare script); run `npm run build:cli` after editing src/.
require('../lib/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`peixun: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
