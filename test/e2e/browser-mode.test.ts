/**
 * Browser mode in a real browser (Debian chromium + playwright-core), from the production build:
 * open the page, load a workbook with problems through the page's file input, tick the 四川省 pack by
 * its accessible name, press 审核, and see the expected rule IDs — while every request the page makes
 * stays on its own origin. Skips with a message when /usr/bin/chromium is missing (scripts/test.sh installs it).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const EXAMPLE = path.join(ROOT, 'examples', 'sc-plan.xlsx');
const hasChromium = fs.existsSync(CHROMIUM);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staticHandler } = require('../../scripts/serve.js') as { staticHandler(root: string): http.RequestListener };

if (!hasChromium) {
  // eslint-disable-next-line no-console
  console.warn(`${CHROMIUM} is missing (Debian package chromium): the browser-mode test is SKIPPED`);
}
const describeBrowser = hasChromium ? describe : describe.skip;

/** A list-layout 需求表 with 人数 25 and 天数 10 (→ SC-GROUP-SIZE, SC-DURATION), written by the project's writer. */
function builtWorkbook(): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { writeXlsx } = require('../../src/hosts/files/write/xlsx') as typeof import('../../src/hosts/files/write/xlsx');
  const headers = ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（万元）', '境外培训机构', '培训对象', '培训目的', '培训主要内容和必要性', '联系人', '电话'];
  const row = [1, '智能制造技术专题培训班', '四川省经济和信息化厅', '德国', 25, 10, 30, '德国某大学', '技术骨干', '学习智能制造', '课程与实践', '张三', '028-86001234'];
  return Buffer.from(writeXlsx({ sheets: [{ name: '需求表', rows: [headers, row] }] }));
}

function workbookFile(): { name: string; buffer: Buffer } {
  if (fs.existsSync(EXAMPLE)) return { name: path.basename(EXAMPLE), buffer: fs.readFileSync(EXAMPLE) };
  return { name: '四川需求表.xlsx', buffer: builtWorkbook() };
}

describeBrowser('browser mode (production build in chromium)', () => {
  let server: http.Server;
  let origin: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let browser: any;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
      const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('npm run build failed');
    }
    server = http.createServer(staticHandler(DIST));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const page of ['taskpane.html', 'browser.html']) {
    it(`${page}: reviews a workbook opened in the page, with no request outside its origin`, async () => {
      const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
      const tab = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      tab.on('request', (r: { url(): string }) => requests.push(r.url()));
      tab.on('pageerror', (e: Error) => errors.push(e.message));
      tab.on('console', (m: { type(): string; text(): string }) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      try {
        await tab.goto(`${origin}/${page}`);
        const input = tab.locator('input[type=file]');
        await input.waitFor({ state: 'attached', timeout: 30_000 });
        const wb = workbookFile();
        await input.setInputFiles({ name: wb.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: wb.buffer });
        await tab.getByText(wb.name, { exact: true }).waitFor();

        // No pack ticked: the first review runs the packs the content suggests (a Sichuan unit → 四川省), ticks them, labels them 建议.
        await tab.getByRole('button', { name: '审核', exact: true }).click();
        await tab.getByText(/审核完成/).waitFor({ timeout: 60_000 });
        await tab.locator('li[data-rule="SC-GROUP-SIZE"]').first().waitFor({ timeout: 60_000 });
        const sc = tab.getByRole('checkbox', { name: '四川省 2020年度计划申报', exact: true });
        expect(await sc.isChecked()).toBe(true);
        expect(await tab.locator('[data-suggested="sc2020"]').innerText()).toBe('建议');

        // The reviewer unticks it: no SC findings.
        await sc.uncheck();
        await tab.getByRole('button', { name: '审核', exact: true }).click();
        await tab.getByText(/审核完成/).waitFor({ timeout: 60_000 });
        expect(await tab.locator('li[data-rule^="SC-"]').count()).toBe(0);

        // Ticked again: the SC findings are back.
        await sc.check();
        expect(await sc.isChecked()).toBe(true);
        await tab.getByRole('button', { name: '审核', exact: true }).click();
        await tab.locator('li[data-rule="SC-GROUP-SIZE"]').first().waitFor({ timeout: 60_000 });
        const rules = await tab.locator('li[data-rule]').evaluateAll((els: Element[]) => els.map((e) => e.getAttribute('data-rule')));
        expect(rules).toEqual(expect.arrayContaining(['SC-GROUP-SIZE', 'SC-DURATION']));
        const text = await tab.locator('main').innerText();
        expect(text).toContain('SC-GROUP-SIZE');
        expect(text).toContain('SC-DURATION');

        // The marked copy downloads as a workbook (a blob made in the page: no request).
        const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: '下载已标记的副本' }).click()]);
        expect(download.suggestedFilename()).toMatch(/（已审核）\.xlsx$/);
        const saved = path.join(os.tmpdir(), `peixun-e2e-${process.pid}-${page}.xlsx`);
        await download.saveAs(saved);
        const bytes = fs.readFileSync(saved);
        fs.unlinkSync(saved);
        expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

        const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
        expect(foreign).toEqual([]);
        expect(requests.length).toBeGreaterThan(0);
        // Outside Office, office.js (taskpane.html only) tries to frame Microsoft's telemetry proxy; the page's
        // CSP refuses it before any request is made. Those refusals are the only console errors allowed.
        const refused = errors.filter((e) => /violates the following Content Security Policy directive/.test(e));
        expect(errors.filter((e) => !refused.includes(e))).toEqual([]);
        if (page === 'browser.html') expect(refused).toEqual([]);
        for (const e of refused) expect(e).toMatch(/oaspapps\.com/);
      } finally {
        await context.close();
      }
    }, 180_000);
  }

  it('browser.html: merges two returned files on the 合并汇总 tab and downloads 省级汇总.xlsx', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeXlsx } = require('../../src/hosts/files/write/xlsx') as typeof import('../../src/hosts/files/write/xlsx');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readWorkbookBytes } = require('../../src/hosts/files/read') as typeof import('../../src/hosts/files/read');
    const header = ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（万元）'];
    const unit = (rows: (string | number)[][]) => Buffer.from(writeXlsx({ sheets: [{ name: '需求表', rows: [header, ...rows] }] }));
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    const tab = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    tab.on('request', (r: { url(): string }) => requests.push(r.url()));
    tab.on('pageerror', (e: Error) => errors.push(e.message));
    try {
      await tab.goto(`${origin}/browser.html`);
      await tab.getByRole('tab', { name: '合并汇总' }).click();
      const input = tab.locator('input[type=file][aria-label="选择报回的文件"]');
      await input.waitFor({ state: 'attached', timeout: 30_000 });
      await input.setInputFiles([
        { name: '甲单位.xlsx', mimeType: mime, buffer: unit([[1, '智能制造研修班', '甲单位', '德国', 10, 15, 30], [2, '职业教育研修班', '甲单位', '瑞士', 8, 12, 20]]) },
        { name: '乙单位.xlsx', mimeType: mime, buffer: unit([[1, '农业技术培训班', '乙单位', '荷兰', 12, 14, 25]]) },
      ]);
      await tab.getByText('已选 2 个文件').waitFor();
      const [download] = await Promise.all([tab.waitForEvent('download', { timeout: 60_000 }), tab.getByRole('button', { name: '合并', exact: true }).click()]);
      await tab.getByText(/合并完成/).waitFor({ timeout: 60_000 });
      expect(download.suggestedFilename()).toBe('省级汇总.xlsx');
      expect(await tab.locator('[data-count="filesRead"]').innerText()).toContain('2');
      expect(await tab.locator('[data-count="projectsMerged"]').innerText()).toContain('3');
      const saved = path.join(os.tmpdir(), `peixun-e2e-merge-${process.pid}.xlsx`);
      await download.saveAs(saved);
      const grid = readWorkbookBytes(new Uint8Array(fs.readFileSync(saved)), '省级汇总.xlsx');
      fs.unlinkSync(saved);
      expect(grid.sheets.map((s) => s.name)).toEqual(['省级汇总', '单位汇总', '导入记录']);
      const text = JSON.stringify(grid.sheets[0].cells);
      for (const theme of ['智能制造研修班', '职业教育研修班', '农业技术培训班']) expect(text).toContain(theme);
      const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
