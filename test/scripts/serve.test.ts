/**
 * scripts/serve.js (npm start): serves only dist/, with the pages' CSP as a header; https only with dev
 * certificates; prints browser mode's page; Ctrl-C, SIGTERM and `npm run stop` close it. Loopback only.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const serve = require('../../scripts/serve.js') as {
  staticHandler(root: string): http.RequestListener;
  devCerts(dir: string): { cert: Buffer; key: Buffer } | null;
  cspOf(html: string): string;
};

const CSP = "default-src 'self'; script-src 'self'";
let root: string;
let server: http.Server;
let base: string;

function get(p: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${p}`, { method }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-serve-'));
  fs.mkdirSync(path.join(root, 'dist', 'office'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'taskpane.html'), `<meta http-equiv=Content-Security-Policy content="${CSP}"><p>pane`);
  fs.writeFileSync(path.join(root, 'dist', 'browser.html'), `<meta http-equiv=Content-Security-Policy content="${CSP}"><p>browser mode`);
  fs.writeFileSync(path.join(root, 'dist', 'office', 'office.js'), 'var Office;');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'not served');
  server = http.createServer(serve.staticHandler(path.join(root, 'dist')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(root, { recursive: true, force: true });
});

describe('serve.js', () => {
  it('serves pages with their CSP as a header, and / as browser mode (not the Excel-only task pane)', async () => {
    const r = await get('/taskpane.html');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(r.body).toContain('pane');
    expect((await get('/')).body).toContain('browser mode');
  });

  it('serves scripts with a script type and no CSP header', async () => {
    const r = await get('/office/office.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves nothing outside dist/', async () => {
    for (const p of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/office/..%2f..%2fsecret.txt']) {
      const r = await get(p);
      expect([403, 404]).toContain(r.status);
      expect(r.body).not.toContain('not served');
    }
    expect((await get('/..%2fsecret.txt')).status).toBe(403); // decoded, it points outside dist/
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/office')).status).toBe(404); // no directory listing
    expect((await get('/taskpane.html', 'POST')).status).toBe(405);
  });

  it('uses https only when both development certificate files exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-certs-'));
    try {
      expect(serve.devCerts(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, 'localhost.crt'), 'CERT');
      expect(serve.devCerts(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, 'localhost.key'), 'KEY');
      expect(serve.devCerts(dir)?.cert.toString()).toBe('CERT');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to a strict CSP when a page has none', () => {
    expect(serve.cspOf('<p>no meta')).toBe("default-src 'self'");
  });
});

const SERVE = path.join(__dirname, '..', '..', 'scripts', 'serve.js');
const STOP = path.join(__dirname, '..', '..', 'scripts', 'stop.js');

/** Starts `npm start`'s script on a free port with a small dist/, no dev certificates; resolves with the printed address. */
function start(pidFile: string): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-home-')); // no ~/.office-addin-dev-certs: plain http
  const env = { ...process.env, PORT: '0', HOME: home, PEIXUN_DIST: path.join(root, 'dist'), PEIXUN_PID_FILE: pidFile };
  const child = spawn(process.execPath, [SERVE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 15000);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /浏览器模式：(http:\/\/localhost:\d+\/\S+)/.exec(out);
      if (m && out.includes('停止')) {
        clearTimeout(timer);
        resolve({ child, url: m[1], out: () => out });
      }
    });
  });
}

function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: new http.Agent({ keepAlive: true }) }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      })
      .on('error', reject);
  });
}

/** Whether something accepts connections on localhost:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: 'localhost', port });
    sock.on('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.on('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.on('exit', (code) => r(code)));
}

describe('npm start as a process', () => {
  const stops: [string, (child: ChildProcess, pidFile: string) => void][] = [
    ['Ctrl-C (SIGINT)', (child) => child.kill('SIGINT')],
    ['SIGTERM', (child) => child.kill('SIGTERM')],
    [
      'npm run stop',
      (_child, pidFile) => {
        const r = spawnSync(process.execPath, [STOP], { env: { ...process.env, PEIXUN_PID_FILE: pidFile }, encoding: 'utf8' });
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('已停止');
      },
    ],
  ];
  for (const [how, stop] of stops) {
    it(`prints browser mode's page, serves it, and ${how} closes the port`, async () => {
      const pidFile = path.join(root, `serve-${how.replace(/\W+/g, '-')}.pid`);
      const { child, url } = await start(pidFile);
      try {
        expect(url).toMatch(/\/browser\.html$/);
        const r = await fetchText(url); // a keep-alive connection stays open, as a browser tab's would
        expect(r.status).toBe(200);
        expect(r.body).toContain('browser mode');
        const port = Number(new URL(url).port);
        expect(await listening(port)).toBe(true);
        expect(fs.readFileSync(pidFile, 'utf8').trim()).toBe(String(child.pid));

        stop(child, pidFile);
        expect(await exited(child)).toBe(0);
        expect(await listening(port)).toBe(false);
        expect(fs.existsSync(pidFile)).toBe(false);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    }, 30000);
  }

  it('a PEIXUN_DIST without the pages is refused (exit 2), not built into dist/', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-empty-dist-'));
    const env = { ...process.env, PORT: '0', PEIXUN_DIST: empty, PEIXUN_PID_FILE: path.join(empty, 'serve.pid') };
    const r = spawnSync(process.execPath, [SERVE], { env, encoding: 'utf8', timeout: 15000 });
    fs.rmSync(empty, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('没有 taskpane.html');
    expect(r.stdout).not.toContain('npm run build');
  });

  it('npm run stop with nothing running says so and succeeds', () => {
    const pidFile = path.join(root, 'none.pid');
    fs.writeFileSync(pidFile, '999999999\n'); // a stale file from a crash
    const r = spawnSync(process.execPath, [STOP], { env: { ...process.env, PEIXUN_PID_FILE: pidFile }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('没有正在运行');
    expect(fs.existsSync(pidFile)).toBe(false);
  });
});
