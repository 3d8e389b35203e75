/**
 * The task pane as reviewers see it, in headless chromium (Debian's, driven by playwright-core) at the task
 * pane's 350×800 and a laptop's 1366×768, from the production build's browser.html:
 *  - a menu opened over the pane leaves the pane's content visible (what is at a point is still the pane);
 *  - the 继续教育 table's rows do not overlap (bounding boxes), its names stay on one line;
 *  - after 审核 the results come into view; the 只看 chips show one severity and look pressed;
 *  - 定位 opens the sheet around the cell, the cell highlighted;
 *  - a review of 300 files keeps a bounded page height, its tallies and sheets drawn after the findings;
 *  - while a 10 000-project plan is read and reviewed (in the engine's worker) the pane answers 取消;
 *  - the longest task on the page's thread while the plan and the 300 files are reviewed is printed, not asserted:
 *    issue 13 asks for no timing assertions, and a long task is wall time — on this 2-core machine at load 10 a
 *    task of 41 ms CPU took 177 ms (bench/pane.js prints both, from a trace).
 * Screenshots of each step go to test/output/screens/ (git-ignored) for people to look at.
 * Skips with a message when /usr/bin/chromium is missing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { gridToXlsx } from '../../src/hosts/files/write/mark';
import { writeXlsx } from '../../src/hosts/files/write/xlsx';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import * as grid from '../../src/core/grid';

const ROOT = path.join(__dirname, '..', '..');
// PANE_DIST: another build to test (e.g. one made without a fix, to see the test fail).
const DIST = process.env.PANE_DIST ?? path.join(ROOT, 'dist');
const SCREENS = path.join(ROOT, 'test', 'output', 'screens');
const CHROMIUM = '/usr/bin/chromium';
const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const hasChromium = fs.existsSync(CHROMIUM);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staticHandler } = require('../../scripts/serve.js') as { staticHandler(root: string): http.RequestListener };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generatePlan } = require('../../bench/core.js') as { generatePlan(g: typeof grid, projects: number, rows: number): grid.WorkbookGrid[] };
// The 需求表 files and the page's long-task probe, as bench/pane.js has them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const paneBench = require('../../bench/pane.js') as { demandList(w: typeof writeXlsx, unit: string, n: number): Buffer; pageProbe(): void };

if (!hasChromium) {
  // eslint-disable-next-line no-console
  console.warn(`${CHROMIUM} is missing (Debian package chromium): the pane test is SKIPPED`);
}
const describeBrowser = hasChromium ? describe : describe.skip;

const SIZES = [
  { name: '350', width: 350, height: 800 },
  { name: '1366', width: 1366, height: 768 },
];

const demandList = (unit: string, n: number): Buffer => paneBench.demandList(writeXlsx, unit, n);

/** A 继续教育 register: 40 people with long names and units, every other one short of hours. */
function ceRegister(): Buffer {
  const rows: (string | number | null)[][] = [['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别']];
  for (let i = 0; i < 40; i++) {
    const id = `3301021990${String(1000 + i).padStart(8, '0')}`;
    const name = i % 3 === 0 ? `欧阳${'明'.repeat(1 + (i % 4))}` : `张${i}`;
    rows.push([name, id, '浙江省某某市某某区第一人民医院心血管内科', 2024, '专业科目', '面授', i % 2 ? 80 : 40, null, i % 5 === 0 ? '所局级' : null]);
    rows.push([name, id, '浙江省某某市某某区第一人民医院心血管内科', 2024, '公需科目', '网络', 10, null, null]);
  }
  return Buffer.from(writeXlsx({ sheets: [{ name: '学时登记', rows }] }));
}

describeBrowser('task pane in chromium (browser.html)', () => {
  let server: http.Server;
  let origin: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let context: any;
  let profile: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'browser.html'))) {
      const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('npm run build failed');
    }
    fs.mkdirSync(SCREENS, { recursive: true });
    server = http.createServer(staticHandler(DIST));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-pane-profile-'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'zh-CN',
      acceptDownloads: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Long tasks on the page's thread, from the start of every page.
    await context.addInitScript(paneBench.pageProbe);
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function open(size: { width: number; height: number }): Promise<any> {
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e: Error) => errors.push(e.message));
    (tab as { errors?: string[] }).errors = errors;
    await tab.setViewportSize({ width: size.width, height: size.height });
    await tab.goto(`${origin}/browser.html`);
    await tab.locator('main:not([hidden]) input[type=file]').waitFor({ state: 'attached', timeout: 30_000 });
    return tab;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const resetTasks = (tab: any) => tab.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __since: number };
    w.__longTasks = [];
    w.__since = performance.now();
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const longTasks = (tab: any): Promise<number[]> => tab.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
  const longest = (xs: number[]) => (xs.length ? Math.round(Math.max(...xs)) : 0);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const shot = (tab: any, name: string) => tab.screenshot({ path: path.join(SCREENS, `${name}.png`) });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function addFiles(tab: any, files: { name: string; buffer: Buffer }[]) {
    await tab.locator('main:not([hidden]) input[type=file]').setInputFiles(files.map((f) => ({ ...f, mimeType: MIME })));
  }

  for (const size of SIZES) {
    it(`${size.name}: a menu opened over the pane leaves the pane's content visible`, async () => {
      const tab = await open(size);
      try {
        const menuButton = tab.getByRole('button', { name: '插入模板' });
        await menuButton.click();
        const menu = tab.getByRole('menu');
        await menu.waitFor({ state: 'visible' });
        // Fluent fades the menu's surface in: wait until it and its parents are opaque, or the screenshot shows it half-faded
        await tab.waitForFunction(() => {
          for (let e: Element | null = document.querySelector('[role=menu]'); e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
          return true;
        });
        await shot(tab, `${size.name}-menu-open`);
        // Points on the pane outside the menu: what is there is still the pane, not a layer over it.
        const menuBox = await menu.boundingBox();
        const probes = [tab.locator('h1'), tab.getByRole('tab', { name: '审核' }), tab.getByRole('button', { name: '审核', exact: true })];
        for (const probe of probes) {
          const box = await probe.boundingBox();
          const x = box.x + box.width / 2, y = box.y + box.height / 2;
          const inside = x >= menuBox.x && x <= menuBox.x + menuBox.width && y >= menuBox.y && y <= menuBox.y + menuBox.height;
          if (inside) continue;
          const hit = await tab.evaluate(([px, py]: number[]) => {
            const el = document.elementFromPoint(px, py);
            return { inRoot: !!el?.closest('#root'), tag: el?.tagName ?? null, cls: el?.className?.toString().slice(0, 60) ?? null };
          }, [x, y]);
          expect(hit).toMatchObject({ inRoot: true });
        }
        // And the menu itself is on top where it is.
        const onMenu = await tab.evaluate(([px, py]: number[]) => !!document.elementFromPoint(px, py)?.closest('[role=menu]'), [menuBox.x + menuBox.width / 2, menuBox.y + menuBox.height / 2]);
        expect(onMenu).toBe(true);
        await tab.keyboard.press('Escape');
        await menu.waitFor({ state: 'hidden' });
      } finally {
        await tab.close();
      }
    }, 120_000);

    it(`${size.name}: the 继续教育 rows do not overlap and names stay on one line`, async () => {
      const tab = await open(size);
      try {
        await tab.getByRole('tab', { name: '继续教育' }).click();
        await addFiles(tab, [{ name: '学时登记.xlsx', buffer: ceRegister() }]);
        await tab.getByRole('button', { name: '统计', exact: true }).click();
        await tab.locator('tr[data-person]').first().waitFor({ timeout: 60_000 });
        await shot(tab, `${size.name}-ce-table`);
        const rows = await tab.locator('tr[data-person]').evaluateAll((els: Element[]) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            const badges = [...el.querySelectorAll('.fui-Badge')].map((b) => b.getBoundingClientRect()).map((b) => ({ top: b.top, bottom: b.bottom }));
            const name = el.querySelector('td')!.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, height: r.height, badges, nameHeight: name.height };
          }),
        );
        expect(rows.length).toBeGreaterThan(20);
        const line = rows[0].height;
        for (let i = 0; i < rows.length; i++) {
          if (i > 0) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 0.5);
          for (const b of rows[i].badges) {
            expect(b.top).toBeGreaterThanOrEqual(rows[i].top - 0.5);
            expect(b.bottom).toBeLessThanOrEqual(rows[i].bottom + 0.5);
          }
          // One line per row: no row taller than the first by a line's worth (names not wrapped a character per line).
          expect(rows[i].height).toBeLessThan(line * 1.5);
        }
        // A click opens the row's detail (unit, the figures, the register around the row).
        await tab.locator('tr[data-person][data-shortfall="true"]').first().click();
        await tab.locator('tr[data-detail] [data-context]').waitFor();
        await shot(tab, `${size.name}-ce-detail`);
      } finally {
        await tab.close();
      }
    }, 120_000);

    it(`${size.name}: results come into view after 审核; 只看 chips filter; 定位 shows the cell's neighbourhood`, async () => {
      const tab = await open(size);
      try {
        const plan = demandList('四川省经济和信息化厅', 3);
        await addFiles(tab, [{ name: '四川需求表.xlsx', buffer: plan }]);
        await tab.getByRole('checkbox', { name: '四川省 2020年度计划申报', exact: true }).check();
        await shot(tab, `${size.name}-review-before`);
        await tab.getByRole('button', { name: '审核', exact: true }).click();
        await tab.getByText(/审核完成/).waitFor({ timeout: 60_000 });
        const results = tab.locator('[role=region][aria-label="审核结果"]');
        // Scrolled smoothly: wait until the results' top is in the viewport.
        await tab.waitForFunction(
          () => {
            const el = document.querySelector('[role=region][aria-label="审核结果"]');
            if (!el) return false;
            const top = el.getBoundingClientRect().top;
            return top >= -2 && top < window.innerHeight / 2;
          },
          undefined,
          { timeout: 5_000 },
        );
        expect(await results.evaluate((el: Element) => document.activeElement === el)).toBe(true);
        // The download sits with the results.
        expect(await results.getByRole('button', { name: '下载已标记的副本' }).isVisible()).toBe(true);
        await shot(tab, `${size.name}-review-results`);

        // 只看 警告: only warnings, that chip pressed and no other.
        const severities = () => tab.locator('li[data-rule]').evaluateAll((els: Element[]) => [...new Set(els.map((e) => e.getAttribute('data-severity')))]);
        expect((await severities()).length).toBeGreaterThan(1);
        const chips = tab.locator('[role=group][aria-label="级别"] button');
        await tab.locator('[role=group][aria-label="级别"] button[data-severity="warning"]').click();
        expect(await severities()).toEqual(['warning']);
        const pressed = await chips.evaluateAll((els: Element[]) => els.filter((e) => e.getAttribute('aria-pressed') === 'true').map((e) => e.getAttribute('data-severity')));
        expect(pressed).toEqual(['warning']);
        await shot(tab, `${size.name}-only-warnings`);
        await tab.locator('[role=group][aria-label="级别"] button[data-severity="warning"]').click();
        expect((await severities()).length).toBeGreaterThan(1);

        // 定位 on SC-GROUP-SIZE: the sheet around the cell, the cell highlighted with its value.
        const item = tab.locator('li[data-rule="SC-GROUP-SIZE"]').first();
        const link = item.locator('button[aria-label^="定位到"]');
        const where = (await link.innerText()).trim();
        await link.click();
        const ctx = item.locator('[data-context]');
        await ctx.waitFor();
        expect(await ctx.getAttribute('data-context')).toBe(where);
        const cellText = (await ctx.locator('td[aria-current="true"]').innerText()).trim();
        const [sheetName, ref] = where.split('!');
        const parsed = readWorkbookBytes(new Uint8Array(plan), 'x.xlsx').sheets.find((s) => s.name === sheetName)!;
        const at = grid.parseA1(ref)!;
        expect(cellText).toBe(String(parsed.cells[at.row]![at.col]!.v));
        expect(await ctx.locator('td').count()).toBeGreaterThan(9);
        await item.scrollIntoViewIfNeeded();
        await shot(tab, `${size.name}-locate-context`);
        expect((tab as { errors: string[] }).errors).toEqual([]);
      } finally {
        await tab.close();
      }
    }, 180_000);
  }

  it('350: follows the browser\'s language; the 中文/English switch is kept across visits; the parameters by type', async () => {
    const tab = await open(SIZES[0]);
    try {
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe('zh-CN'); // the context's locale zh-CN
      await tab.getByRole('checkbox', { name: '浙江省 浙外专发〔2017〕14号', exact: true }).check();
      await tab.getByRole('button', { name: /显示参数/ }).click();
      await tab.getByRole('spinbutton', { name: '最多城市数' }).waitFor();
      await shot(tab, '350-params');
      // The holiday calendar: a line a year, opened to its notice, holidays and 调休 working days; none wider than the pane.
      const y2023 = tab.locator('[data-calendar="china"] [data-year="2023"]');
      await y2023.locator('summary').click();
      expect(await y2023.innerText()).toMatch(/国办发明电〔2022〕16号[\s\S]*调休上班 10\.7、10\.8/);
      await y2023.scrollIntoViewIfNeeded();
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(tab, '350-params-calendar');
      // A year added with the date picker shows as a settings year of its own.
      await tab.locator('[data-calendar="china"]').getByLabel('日期', { exact: true }).fill('2027-02-05');
      await tab.getByRole('button', { name: '加为放假' }).click();
      const y2027 = tab.locator('[data-calendar="china"] [data-year="2027"][data-origin="settings"]');
      expect(await y2027.innerText()).toContain('2027-02-05');
      await y2027.scrollIntoViewIfNeeded();
      await shot(tab, '350-params-calendar-added');
      await tab.getByRole('button', { name: '切换语言 / Switch language' }).click();
      await tab.getByRole('tab', { name: 'Review' }).waitFor();
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
      await shot(tab, '350-english');
      await tab.reload();
      await tab.getByRole('tab', { name: 'Review' }).waitFor({ timeout: 30_000 });
      await tab.getByRole('button', { name: 'Switch language / 切换语言' }).click();
      await tab.getByRole('tab', { name: '审核' }).waitFor();
    } finally {
      await tab.close();
    }
  }, 120_000);

  it('350: a review of 300 files keeps the page height bounded', async () => {
    const tab = await open(SIZES[0]);
    try {
      const files = Array.from({ length: 300 }, (_, i) => ({ name: `单位${String(i + 1).padStart(3, '0')}.xlsx`, buffer: demandList(`第${i + 1}单位`, 2) }));
      await addFiles(tab, files);
      await tab.getByText('已打开 300 个文件').waitFor({ timeout: 60_000 });
      await tab.getByRole('checkbox', { name: '四川省 2020年度计划申报', exact: true }).check();
      await resetTasks(tab);
      const started = Date.now();
      await tab.getByRole('button', { name: '审核', exact: true }).click();
      await tab.getByText(/审核完成/).waitFor({ timeout: 170_000 });
      const whole = Date.now() - started;
      await tab.waitForTimeout(1_000); // the results drawn and scrolled to
      const tasks = await longTasks(tab);
      const findings = await tab.locator('li[data-rule]').count();
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      // eslint-disable-next-line no-console
      console.log(`300 files: review ${whole} ms with ${tasks.length} long tasks on the page's thread, longest ${longest(tasks)} ms; page height ${height} px with ${findings} findings drawn`);
      expect(findings).toBeGreaterThan(0);
      // drawn in parts after the browser's frames (findings, then tallies, then sheets): all of them settled
      expect(await tab.locator('section[aria-label="项目统计"] [role=group]').count()).toBe(20);
      expect(await tab.locator('section[aria-label="工作表识别"] select').count()).toBe(20);
      expect(height).toBeLessThan(12_000);
      await shot(tab, '350-300-files');
    } finally {
      await tab.close();
    }
  }, 240_000);

  it('350: while a 10 000-project plan is read and reviewed, the pane answers 取消', async () => {
    const [plan] = generatePlan(grid, 10_000, 150_000);
    const buffer = Buffer.from(gridToXlsx(plan));
    // Given by path (a buffer would be decoded by script in the page, a long task of the test's own making).
    const file = path.join(profile, '省级计划.xlsx');
    fs.writeFileSync(file, buffer);
    const tab = await open(SIZES[0]);
    try {
      await tab.locator('main:not([hidden]) input[type=file]').setInputFiles(file);
      await tab.getByText('已打开 1 个文件').waitFor({ timeout: 60_000 });
      await tab.getByRole('checkbox', { name: '浙江省 浙外专发〔2017〕14号', exact: true }).check();
      await resetTasks(tab);
      await tab.getByRole('button', { name: '审核', exact: true }).click();
      const cancel = tab.getByRole('button', { name: '取消', exact: true });
      await cancel.waitFor({ timeout: 10_000 });
      await tab.waitForTimeout(1_500); // well into reading the plan
      await shot(tab, '350-large-busy');
      const t0 = Date.now();
      await cancel.click();
      await tab.getByText('已取消审核，结果未更新。').waitFor({ timeout: 10_000 });
      const answered = Date.now() - t0;
      expect(await tab.getByRole('button', { name: '审核', exact: true }).isEnabled()).toBe(true);
      expect(await cancel.count()).toBe(0);
      await shot(tab, '350-large-cancelled');
      const duringCancel = await longTasks(tab);

      // The whole review once, for the long-task figure.
      await resetTasks(tab);
      const started = Date.now();
      await tab.getByRole('button', { name: '审核', exact: true }).click();
      await tab.getByText(/审核完成/).waitFor({ timeout: 300_000 });
      const whole = Date.now() - started;
      await tab.waitForTimeout(1_000); // the results drawn and scrolled to
      const tasks = await longTasks(tab);
      await shot(tab, '350-large-done');
      // eslint-disable-next-line no-console
      console.log(
        `10 000-project plan (${(buffer.length / 1e6).toFixed(1)} MB): 取消 answered in ${answered} ms (click to message, Playwright included); ` +
          `long tasks before 取消 ${duringCancel.length} (longest ${longest(duringCancel)} ms); ` +
          `whole review ${whole} ms with ${tasks.length} long tasks on the page's thread, longest ${longest(tasks)} ms`,
      );
      expect((tab as { errors: string[] }).errors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 420_000);
});
