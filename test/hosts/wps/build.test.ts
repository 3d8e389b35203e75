/**
 * `npm run build:wps` (webpack.wps.config.js), built here into a temporary folder: the ribbon is
 * well-formed XML naming only callbacks the entry script defines, the pages carry a CSP that allows
 * nothing outside their origin and load only files of the add-in, the deployment lists are well-formed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpack = require('webpack');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof globalThis.DOMParser } } };
const Parser = new JSDOM('').window.DOMParser;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../../webpack.wps.config.js');

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-wps-'));
const version = (JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;
const folder = path.join(out, `peixun_${version}`);

beforeAll(async () => {
  const cfg = makeConfig({ out }, { mode: 'development' });
  cfg.devtool = false;
  await new Promise<void>((resolve, reject) =>
    webpack(cfg, (err: Error | null, stats: { hasErrors(): boolean; toString(o: string): string }) => (err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve())),
  );
}, 300_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

function xml(file: string): Document {
  const doc = new Parser().parseFromString(fs.readFileSync(file, 'utf8'), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const CALLBACK_ATTRS = ['onLoad', 'onAction', 'getImage', 'getEnabled', 'getLabel', 'getVisible', 'getScreentip'];

describe('the WPS build', () => {
  test('ribbon.xml is well-formed and every callback it names is defined by the entry script', () => {
    const doc = xml(path.join(folder, 'ribbon.xml'));
    const named = new Set<string>();
    for (const el of Array.from(doc.getElementsByTagName('*'))) for (const a of CALLBACK_ATTRS) if (el.getAttribute(a)) named.add(el.getAttribute(a)!);
    expect([...named].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetEnabled']);
    const buttons = Array.from(doc.getElementsByTagName('button')).map((b) => b.getAttribute('label'));
    expect(buttons).toEqual(['审核', '清除标记', '打开审核面板']);

    // Run the built entry script as WPS would, in the add-in page's global scope.
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    const src = /<script[^>]*src="?([^"\s>]+)"?/.exec(html)![1];
    const sandbox: Record<string, unknown> = { document: { baseURI: 'http://127.0.0.1:3889/index.html' }, navigator: { language: 'zh-CN' }, console, URL };
    sandbox.window = sandbox;
    sandbox.globalThis = sandbox;
    vm.runInNewContext(fs.readFileSync(path.join(folder, src), 'utf8'), sandbox);
    for (const name of named) expect(typeof sandbox[name]).toBe('function');
  });

  test('index.html and taskpane.html carry a CSP allowing nothing outside their origin, and load only the add-in’s files', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const html = fs.readFileSync(path.join(folder, page), 'utf8');
      const doc = new Parser().parseFromString(html, 'text/html');
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
      for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[src], [href]'))) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href')!;
        expect(ref).not.toMatch(/^[a-z]+:|^\/\//i);
        expect(fs.existsSync(path.join(folder, ref))).toBe(true);
      }
    }
    expect(fs.readFileSync(path.join(folder, 'taskpane.html'), 'utf8')).toContain('<div id="root">');
  });

  test('the deployment lists name the add-in for WPS 表格 (type et), online and offline', () => {
    const publish = xml(path.join(out, 'deploy', 'publish.xml')).getElementsByTagName('jspluginonline')[0];
    expect(publish.getAttribute('type')).toBe('et');
    expect(publish.getAttribute('url')).toMatch(/^https?:\/\/.+\/$/);
    const offline = xml(path.join(out, 'deploy', 'jsplugins-offline.xml')).getElementsByTagName('jsplugin')[0];
    expect(offline.getAttribute('name')).toBe('peixun');
    expect(offline.getAttribute('version')).toBe(version);
    xml(path.join(out, 'deploy', 'jsplugins.xml'));
    expect(fs.readFileSync(path.join(out, '部署说明.txt'), 'utf8')).toContain('尚未在真实的 WPS 表格中运行验证');
  });

  test('WPS_ADDIN_URL must be an http(s) address; a trailing slash is added', () => {
    const before = process.env.WPS_ADDIN_URL;
    try {
      process.env.WPS_ADDIN_URL = 'http://oa.example.gov.cn/peixun';
      expect(makeConfig.addinUrl()).toBe('http://oa.example.gov.cn/peixun/');
      process.env.WPS_ADDIN_URL = 'javascript:alert(1)';
      expect(() => makeConfig.addinUrl()).toThrow();
      expect(makeConfig.deployFiles('http://a.b/x"y/', '1.0.0')['publish.xml']).toContain('x&quot;y');
    } finally {
      if (before === undefined) delete process.env.WPS_ADDIN_URL;
      else process.env.WPS_ADDIN_URL = before;
    }
  });
});
