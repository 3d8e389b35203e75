#!/usr/bin/env node
/**
 * Issue 13 item 1, the pane never blocks: browser mode (dist/browser.html) in headless Debian chromium, two
 * large reviews, and what the page's main thread went through, from the browser's long-task observer:
 *
 *   node bench/pane.js [--dist DIR] [--projects 10000] [--rows 150000] [--files 300] [--runs 1] [--json]
 *
 *   plan   one workbook of 10 000 projects and 150 000 schedule rows (bench/core.js's plan shape), pack zj2017
 *   files  300 units' 需求表 (two projects each), pack sc2020
 *
 * Per review: the longest task on the page's thread, the number of tasks over 50 ms (every long task) and over
 * 200 ms, the review's time (click on 审核 to 审核完成), and — on the plan — 取消's latency: from the click
 * event's time stamp (when the browser made it, so a busy thread counts) to the 已取消 message on the page.
 * Opening the files (picked, pack ticked) and the page's own load before them are printed on their own lines.
 * A long task is wall time: on a loaded machine the thread also waits for a core. So the reviews are traced too
 * (chromium's `toplevel` category) and the longest task's CPU time on the page's main thread is printed beside it.
 * --dist: another build to measure (e.g. the base commit's); dist/ is built with `npm run build` when missing.
 * The workbooks are cached under /tmp/peixun-bench. bench/run.js runs it under the bench lock; alone: `flock /tmp/bench.lock node bench/pane.js`.
 */
'use strict';
/* global window, document, MutationObserver -- pageProbe and the evaluate callbacks run in the page */
const { spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CACHE = path.join(os.tmpdir(), 'peixun-bench');
const CHROMIUM = '/usr/bin/chromium';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** A unit's 需求表 (list layout): groups over 20 and too few days (SC-GROUP-SIZE, SC-DURATION), every other phone bad. */
function demandList(writeXlsx, unit, n) {
  const headers = [
    '序号',
    '培训班主题',
    '组团单位',
    '国家（地区）',
    '人数',
    '天数',
    '经费预算（万元）',
    '境外培训机构',
    '培训对象',
    '培训目的',
    '培训主要内容和必要性',
    '联系人',
    '电话',
  ];
  const rows = [headers];
  for (let i = 1; i <= n; i++) {
    rows.push([
      i,
      `${unit}智能制造技术专题培训班${i}`,
      unit,
      '德国',
      20 + i * 3,
      10 + i,
      30,
      '德国某大学',
      '技术骨干',
      '学习智能制造',
      '课程与实践',
      '张三',
      i % 2 ? '12345' : '028-86001234',
    ]);
  }
  return Buffer.from(writeXlsx({ sheets: [{ name: '需求表', rows }] }));
}

/** The 300 units' files: name and bytes. */
function unitFiles(writeXlsx, n) {
  return Array.from({ length: n }, (_, i) => ({
    name: `单位${String(i + 1).padStart(3, '0')}.xlsx`,
    buffer: demandList(writeXlsx, `第${i + 1}单位`, 2),
  }));
}

module.exports = { demandList, unitFiles, pageProbe };

/** Long tasks on the page's thread from the start of every page, and 取消's click time and message time. */
function pageProbe() {
  const w = window;
  w.__longTasks = [];
  // Entries arrive after their task: one that began before the count was reset (`__since`) is not counted.
  w.__since = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= w.__since) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  w.__cancel = { clickAt: null, shownAt: null };
  document.addEventListener(
    'click',
    (e) => {
      const b = e.target && e.target.closest && e.target.closest('button');
      if (b && b.textContent.trim() === '取消' && w.__cancel.clickAt === null) w.__cancel.clickAt = e.timeStamp;
    },
    true,
  );
  new MutationObserver(() => {
    if (w.__cancel.clickAt !== null && w.__cancel.shownAt === null && document.body.innerText.includes('已取消审核'))
      w.__cancel.shownAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * The tasks of the renderers' main threads (CrRendererMain) in a trace: the longest by wall time and by the
 * thread's CPU time, and how many used over 50 ms of CPU.
 */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let wall = 0,
    cpu = 0,
    cpuOver50 = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !/RunTask$/.test(e.name) || !main.has(`${e.pid}:${e.tid}`)) continue;
    wall = Math.max(wall, e.dur / 1000);
    if (typeof e.tdur === 'number') {
      cpu = Math.max(cpu, e.tdur / 1000);
      if (e.tdur > 50_000) cpuOver50++;
    }
  }
  return { tracedLongestMs: Math.round(wall), longestCpuMs: Math.round(cpu), cpuOver50 };
}

async function main() {
  const json = process.argv.includes('--json');
  const dist = path.resolve(arg('dist', path.join(ROOT, 'dist')));
  const nProjects = Number(arg('projects', '10000'));
  const nRows = Number(arg('rows', '150000'));
  const nFiles = Number(arg('files', '300'));
  const runs = Number(arg('runs', '1'));
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is missing (Debian package chromium): the pane benchmark is skipped`);
    process.exit(3);
  }
  if (!fs.existsSync(path.join(dist, 'browser.html'))) {
    console.log(`${path.relative(ROOT, dist) || dist}/browser.html is missing: npm run build`);
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(2);
  }
  const lib = path.join(ROOT, 'lib');
  if (!fs.existsSync(path.join(lib, 'hosts', 'files', 'write', 'mark.js')))
    spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const grid = require(path.join(lib, 'core', 'grid'));
  const { gridToXlsx } = require(path.join(lib, 'hosts', 'files', 'write', 'mark'));
  const { writeXlsx } = require(path.join(lib, 'hosts', 'files', 'write', 'xlsx'));
  const { generatePlan } = require('./core');

  const dir = path.join(CACHE, `pane-${nProjects}-${nRows}-${nFiles}`);
  const planFile = path.join(dir, '省级计划.xlsx');
  const unitsDir = path.join(dir, 'units');
  if (!fs.existsSync(planFile) || !fs.existsSync(unitsDir) || fs.readdirSync(unitsDir).length !== nFiles) {
    fs.mkdirSync(unitsDir, { recursive: true });
    const [plan] = generatePlan(grid, nProjects, nRows);
    fs.writeFileSync(planFile + '.tmp', Buffer.from(gridToXlsx(plan)));
    fs.renameSync(planFile + '.tmp', planFile);
    for (const f of unitFiles(writeXlsx, nFiles)) fs.writeFileSync(path.join(unitsDir, f.name), f.buffer);
  }
  const units = fs
    .readdirSync(unitsDir)
    .sort()
    .map((n) => path.join(unitsDir, n));

  const { staticHandler } = require('../scripts/serve.js');
  const server = http.createServer(staticHandler(dist));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 350, height: 800 } });
  await context.addInitScript(pageProbe);

  const tasks = (page) => page.evaluate(() => window.__longTasks.slice());
  const summary = (xs) => ({
    longestMs: xs.length ? Math.round(Math.max(...xs)) : 0,
    over50: xs.length,
    over200: xs.filter((x) => x > 200).length,
  });

  async function open(files, pack) {
    const page = await context.newPage();
    await page.goto(`${origin}/browser.html`);
    const input = page.locator('main:not([hidden]) input[type=file]');
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(500);
    // the page's own load (the bundle evaluated, the pane's first render), then the files picked on their own
    page.loading = summary(await tasks(page));
    await page.evaluate(() => ((window.__longTasks = []), (window.__since = performance.now())));
    await input.setInputFiles(files);
    await page.getByText(`已打开 ${files.length} 个文件`).waitFor({ timeout: 120_000 });
    await page.getByRole('checkbox', { name: pack, exact: true }).check();
    await page.waitForTimeout(500);
    page.opening = summary(await tasks(page));
    return page;
  }

  async function review(page) {
    await page.evaluate(() => ((window.__longTasks = []), (window.__since = performance.now())));
    await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
    const t0 = Date.now();
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.getByText(/审核完成/).waitFor({ timeout: 600_000 });
    const ms = Date.now() - t0;
    // what follows the message (the results drawn, scrolled into view) belongs to the review too
    await page.waitForTimeout(1_000);
    const cpu = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString()));
    return { ms, ...summary(await tasks(page)), ...cpu, findingsDrawn: await page.locator('li[data-rule]').count() };
  }

  const results = { plan: [], files: [] };
  const started = Date.now();
  for (let run = 0; run < runs; run++) {
    // the plan: 取消 while it is read and reviewed, then the whole review
    const page = await open([planFile], '浙江省 浙外专发〔2017〕14号');
    await page.evaluate(() => ((window.__longTasks = []), (window.__since = performance.now())));
    await page.getByRole('button', { name: '审核', exact: true }).click();
    const cancel = page.getByRole('button', { name: '取消', exact: true });
    await cancel.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1_500);
    const c0 = Date.now();
    await cancel.click();
    await page.getByText('已取消审核，结果未更新。').waitFor({ timeout: 10_000 });
    const cancelWallMs = Date.now() - c0;
    const c = await page.evaluate(() => window.__cancel);
    const cancelMs = c.clickAt !== null && c.shownAt !== null ? Math.round(c.shownAt - c.clickAt) : null;
    const loadPlan = os.loadavg()[0];
    const whole = await review(page);
    // 定位 on the first finding: the sheet around its cell (from the worker)
    await page.evaluate(() => ((window.__longTasks = []), (window.__since = performance.now())));
    const l0 = Date.now();
    await page.locator('li[data-rule] button[aria-label^="定位到"]').first().click();
    await page.locator('[data-context]').first().waitFor({ timeout: 60_000 });
    const locate = { ms: Date.now() - l0, ...summary(await tasks(page)) };
    results.plan.push({ ...whole, cancelMs, cancelWallMs, load: loadPlan, loading: page.loading, opening: page.opening, locate });
    await page.close();

    const page2 = await open(units, '四川省 2020年度计划申报');
    const loadFiles = os.loadavg()[0];
    results.files.push({ ...(await review(page2)), load: loadFiles, loading: page2.loading, opening: page2.opening });
    await page2.close();
  }
  await browser.close();
  server.close();

  const mb = (fs.statSync(planFile).size / 1e6).toFixed(1);
  const lines = [
    `Pane benchmark — browser mode (${path.relative(ROOT, dist) || dist}) in ${CHROMIUM} --headless, 350×800; ${os.cpus().length} cores; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    'review                                   | run | review ms | longest task ms (its CPU ms) | tasks > 50 ms (> 50 ms CPU) | > 200 ms | 取消 ms (event → message; Playwright click → text) | load',
  ];
  results.plan.forEach((r, i) =>
    lines.push(
      `plan ${nProjects} projects / ${nRows} rows (${mb} MB) | ${i + 1} | ${r.ms} | ${r.longestMs} (${r.longestCpuMs}) | ${r.over50} (${r.cpuOver50}) | ${r.over200} | ${r.cancelMs ?? '—'}; ${r.cancelWallMs} | ${r.load.toFixed(1)}`,
    ),
  );
  results.files.forEach((r, i) =>
    lines.push(
      `${nFiles} files                                | ${i + 1} | ${r.ms} | ${r.longestMs} (${r.longestCpuMs}) | ${r.over50} (${r.cpuOver50}) | ${r.over200} | — | ${r.load.toFixed(1)}`,
    ),
  );
  const all = [...results.plan, ...results.files];
  const longest = Math.max(...all.map((r) => r.longestMs));
  lines.push(
    `定位 on the plan's first finding: ${results.plan.map((r) => `${r.locate.ms} ms to the sheet shown, longest task ${r.locate.longestMs} ms`).join('; ')}`,
  );
  lines.push(
    `opening the files (picked, pack ticked): longest task ${results.plan.map((r) => r.opening.longestMs).join(', ')} ms (plan), ${results.files.map((r) => r.opening.longestMs).join(', ')} ms (${nFiles} files)`,
  );
  lines.push(
    `the page's own load before any file (not a review: the bundle evaluated, the pane drawn): longest task ${all.map((r) => r.loading.longestMs).join(', ')} ms`,
  );
  const longestCpu = Math.max(...all.map((r) => r.longestCpuMs));
  lines.push(
    `longest task on the page's thread while reviewing: ${longest} ms wall (target < 200 ms: ${longest < 200 ? 'met' : 'not met'}), ${longestCpu} ms CPU; took ${((Date.now() - started) / 1000).toFixed(0)} s, load at the end ${os.loadavg()[0].toFixed(1)}`,
  );
  console.log(lines.join('\n'));
  if (json) console.log(JSON.stringify({ pane: results, longestMs: longest, longestCpuMs: longestCpu }));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
