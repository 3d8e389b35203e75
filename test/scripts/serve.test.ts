/** scripts/serve.js (npm start): serves only dist/, with the pages' CSP as a header; https only with dev certificates. */
import * as fs from 'fs';
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
  it('serves pages with their CSP as a header, and / as the task pane', async () => {
    const r = await get('/taskpane.html');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect((await get('/')).body).toContain('pane');
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
