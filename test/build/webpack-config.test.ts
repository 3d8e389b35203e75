/**
 * webpack.config.js: office.js local by default (only Excel's files and the zh-cn/en-us strings copied, no
 * telemetry, no debug builds), the CDN only behind OFFICE_JS=cdn, and a CSP on every page that allows no
 * other origin (the CDN's, for scripts, only with the switch).
 */
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env?: Record<string, string>, argv?: Record<string, string>) => {
  plugins: { constructor: { name: string }; userOptions?: { filename: string; templateParameters: { csp: string; officeJs: string } }; patterns?: { from: string; to: string; info?: unknown }[] }[];
};

function pages(env: Record<string, string> = {}) {
  const cfg = makeConfig(env, { mode: 'production' });
  return cfg.plugins.filter((p) => p.userOptions?.filename).map((p) => ({ file: p.userOptions!.filename, ...p.userOptions!.templateParameters }));
}

function copied(env: Record<string, string> = {}) {
  const cfg = makeConfig(env, { mode: 'production' });
  const copy = cfg.plugins.find((p) => p.constructor.name === 'CopyPlugin')!;
  return copy.patterns!;
}

describe('webpack config', () => {
  it('builds the task pane, browser and command pages, loading office.js from our own folder', () => {
    const p = pages();
    expect(p.map((x) => x.file).sort()).toEqual(['browser.html', 'commands.html', 'taskpane.html']);
    expect(p.find((x) => x.file === 'taskpane.html')!.officeJs).toBe('office/office.js');
    expect(p.find((x) => x.file === 'commands.html')!.officeJs).toBe('office/office.js');
    expect(p.find((x) => x.file === 'browser.html')!.officeJs).toBe('');
  });

  it('gives every page a CSP that names no other origin', () => {
    for (const x of pages()) {
      expect(x.csp).toContain("default-src 'self'");
      expect(x.csp).toContain("script-src 'self';");
      expect(x.csp).toContain("connect-src 'self'");
      expect(x.csp).toContain("worker-src 'self'"); // the engine's Web Worker, from the page's own origin
      expect(x.csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(x.csp).not.toMatch(/https?:/);
    }
  });

  it('with OFFICE_JS=cdn loads office.js from Microsoft and allows only that origin, only for scripts', () => {
    const before = process.env.OFFICE_JS;
    process.env.OFFICE_JS = 'cdn';
    try {
      const p = pages();
      const pane = p.find((x) => x.file === 'taskpane.html')!;
      expect(pane.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(pane.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(pane.csp.match(/https:/g)).toHaveLength(1);
      expect(p.find((x) => x.file === 'browser.html')!.csp).not.toMatch(/https?:/);
      expect(copied().some((c) => c.to.startsWith('office/'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.OFFICE_JS;
      else process.env.OFFICE_JS = before;
    }
  });

  it('copies office.js with only the Excel host files and the zh-cn/en-us strings, unminified', () => {
    const office = copied().filter((c) => c.to.startsWith('office/'));
    const names = office.map((c) => path.basename(c.from));
    expect(names).toContain('office.js');
    expect(names).toContain('excel-win32-16.01.js');
    expect(names).toContain('excel-web-16.00.js');
    expect(names).toEqual(expect.arrayContaining(['zh-cn', 'en-us']));
    expect(names.filter((n) => /debug|telemetry|word|outlook|powerpoint|onenote|project|access/i.test(n))).toEqual([]);
    expect(names.filter((n) => /^[a-z]{2}-[a-z]{2}$/.test(n)).sort()).toEqual(['en-us', 'zh-cn']);
    for (const c of office) expect(c.info).toEqual({ minimized: true });
  });
});

describe('manifest for deployment', () => {
  const cfg = require('../../webpack.config.js') as {
    manifestFor(xml: string, url: string): string;
    addinUrl(): string;
  };
  const xml = require('fs').readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8') as string;

  it('replaces every development address with the deployment address', () => {
    const out = cfg.manifestFor(xml, 'https://oa.example.gov.cn/peixun');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://oa.example.gov.cn/peixun/taskpane.html"/>');
  });

  it('keeps localhost by default and refuses an address that is not https', () => {
    const before = process.env.ADDIN_URL;
    try {
      delete process.env.ADDIN_URL;
      expect(cfg.addinUrl()).toBe('https://localhost:3000');
      process.env.ADDIN_URL = 'https://oa.example.gov.cn/peixun/';
      expect(cfg.addinUrl()).toBe('https://oa.example.gov.cn/peixun');
      process.env.ADDIN_URL = 'http://oa.example.gov.cn';
      expect(() => cfg.addinUrl()).toThrow(/https/);
    } finally {
      if (before === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = before;
    }
  });
});
