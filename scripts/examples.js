#!/usr/bin/env node
// The main job on the bundled example workbooks (README: `npm ci && npm run examples`):
// review every example with the packs its content suggests (no --packs: RULES.md "Rule packs"; the
// packs used and why are printed) and write marked copies, merge them into a provincial
// summary, and tally the continuing-education register. Outputs go to examples-out/.
// The examples contain deliberate problems, so `review` reports errors; this script exits 0
// when every step ran, and 1 only if a step failed to run.
const path = require('path');
const fs = require('fs');
const { main } = require('../lib/cli/main.js');

const root = path.join(__dirname, '..');
const ex = (f) => path.join('examples', f);
const out = (f) => path.join('examples-out', f);

async function step(title, argv, okCodes = [0, 1]) {
  process.stdout.write(`\n══ ${title}\n$ peixun ${argv.join(' ')}\n\n`);
  const code = await main(argv);
  if (!okCodes.includes(code)) {
    process.stderr.write(`步骤失败（退出码 ${code}）：${title}\n`);
    process.exitCode = 1;
  }
}

(async () => {
  process.chdir(root);
  fs.mkdirSync('examples-out', { recursive: true });
  const reviewFiles = ['zj-clean.xlsx', 'zj-problems.xlsx', 'most-online-form.xlsx', 'sc-plan.xlsx', 'sc-plan-gbk.csv'].map(ex);
  await step('审核（按内容选用规则包），写出标记副本', ['review', ...reviewFiles, '--as-of', '2024-07-01', '--out', 'examples-out']);
  if (fs.existsSync(path.join(root, 'lib/cli/merge.js'))) {
    await step('合并为省级汇总', ['merge', ...reviewFiles, '--out', out('省级汇总.xlsx'), '--as-of', '2024-07-01']);
  }
  if (fs.existsSync(path.join(root, 'lib/cli/ce.js'))) {
    await step('继续教育学时统计', ['ce', ex('ce-register.xlsx'), '--packs', 'ce2007,cas', '--year', '2024', '--out', out('继续教育学时统计.xlsx')]);
  }
  process.stdout.write(`\n输出文件在 ${path.join(root, 'examples-out')}\n`);
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exitCode = 1;
});
