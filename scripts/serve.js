#!/usr/bin/env node
/**
 * `npm start`: serves dist/ (building it first when missing) for Excel and for browser mode.
 *
 * - With the development certificates of office-addin-dev-certs in ~/.office-addin-dev-certs
 *   (localhost.crt + localhost.key), it serves https://localhost:3000 — what manifest.xml points at,
 *   for sideloading in Excel.
 * - Without them (a machine with no Excel, or no trusted certificates) it does not fail: it serves plain
 *   http on localhost:3000 and prints the browser-mode address.
 *
 * Plain Node http/https, no dependency. Only files under dist/ are served; every response carries the
 * same Content-Security-Policy as the pages' meta tag, so nothing outside this origin is ever loaded.
 *   PORT=3001 npm start        another port
 */
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The CSP a page declares in its meta tag, also sent as a header (the header cannot be removed by page content). */
function cspOf(html) {
  const m = /http-equiv=("?)Content-Security-Policy\1 content="([^"]+)"/i.exec(html);
  return m ? m[2] : "default-src 'self'";
}

/** A request handler serving `root` (no directory listing, no path outside root). */
function staticHandler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400);
      res.end('bad request');
      return;
    }
    if (pathname === '/') pathname = '/taskpane.html';
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403);
      res.end('forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('未找到 / not found');
        return;
      }
      const ext = path.extname(file).toLowerCase();
      const headers = {
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Content-Length': st.size,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': ext === '.html' ? 'no-cache' : 'public, max-age=3600',
      };
      if (ext === '.html') headers['Content-Security-Policy'] = cspOf(fs.readFileSync(file, 'utf8'));
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

function devCerts(dir = CERT_DIR) {
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  try {
    return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  } catch {
    return null;
  }
}

function ensureBuilt() {
  if (fs.existsSync(path.join(DIST, 'taskpane.html'))) return;
  console.log('dist/ 不存在，先构建（npm run build）…');
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('构建失败，无法启动服务。');
    process.exit(r.status || 1);
  }
}

function main() {
  ensureBuilt();
  const port = Number(process.env.PORT || 3000);
  const tls = devCerts();
  const handler = staticHandler(DIST);
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `端口 ${port} 已被占用（PORT=其他端口 npm start）。` : `无法启动服务：${e.message}`);
    process.exit(1);
  });
  server.listen(port, 'localhost', () => {
    if (tls) {
      console.log(`出国培训审核助手：https://localhost:${port}/taskpane.html （Excel 加载项，manifest.xml 指向此地址）`);
      console.log(`浏览器模式：https://localhost:${port}/browser.html`);
    } else {
      console.log('未找到开发证书（~/.office-addin-dev-certs），以 http 提供服务；Excel 需要 https，浏览器模式可直接使用。');
      console.log(`浏览器模式：http://localhost:${port}/taskpane.html`);
      console.log('（要在 Excel 中旁加载：npx office-addin-dev-certs install 后重新 npm start）');
    }
    console.log('按 Ctrl+C 停止。');
  });
}

if (require.main === module) main();
module.exports = { staticHandler, devCerts, cspOf };
