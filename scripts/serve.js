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
 * The address it prints is browser mode's own page, browser.html (the pane without office.js); / serves it
 * too. taskpane.html is for Excel only (it loads office.js, which does nothing outside Office).
 *
 * Plain Node http/https, no dependency. Only files under dist/ are served; every response carries the
 * same Content-Security-Policy as the pages' meta tag, so nothing outside this origin is ever loaded.
 *   PORT=3001 npm start        another port (PORT=0: any free port; the printed address names it)
 *
 * Stopping: Ctrl-C, SIGTERM or `npm run stop` (scripts/stop.js) closes the server and its connections.
 * While running, the server's process id is in node_modules/.cache/peixun/serve.pid (PEIXUN_PID_FILE
 * to put it elsewhere); it is removed on exit.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
// PEIXUN_DIST: serve another build folder (the tests serve a small one).
const DIST = process.env.PEIXUN_DIST ? path.resolve(process.env.PEIXUN_DIST) : path.join(ROOT, 'dist');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const PID_FILE = process.env.PEIXUN_PID_FILE || path.join(ROOT, 'node_modules', '.cache', 'peixun', 'serve.pid');
/** Browser mode's page: the pane without office.js (webpack.config.js builds it from the same template). */
const BROWSER_PAGE = 'browser.html';

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
    if (pathname === '/') pathname = `/${BROWSER_PAGE}`;
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
  if (fs.existsSync(path.join(DIST, 'taskpane.html')) && fs.existsSync(path.join(DIST, BROWSER_PAGE))) return;
  if (process.env.PEIXUN_DIST) {
    // A folder given on purpose is served as it is; building would write dist/, not it.
    console.error(`${DIST} 中没有 taskpane.html 和 ${BROWSER_PAGE}：请指向 npm run build 生成的文件夹。`);
    process.exit(2);
  }
  console.log('dist/ 不存在，先构建（npm run build）…');
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('构建失败，无法启动服务。');
    process.exit(r.status || 1);
  }
}

/** Writes the pid file; false when another server recorded there is still running. */
function writePid(file = PID_FILE) {
  const other = readPid(file);
  if (other && other !== process.pid && alive(other)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${process.pid}\n`);
  return true;
}

function readPid(file = PID_FILE) {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Removes the pid file if it is ours (a second server may have replaced it). */
function removePid(file = PID_FILE) {
  if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
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

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    removePid();
    console.log(`已停止（${signal}）。`);
    server.close(() => process.exit(0));
    // Keep-alive connections of an open browser tab would hold close() open.
    if (server.closeAllConnections) server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  process.on('exit', () => removePid());

  server.listen(port, 'localhost', () => {
    const actual = server.address().port;
    if (!writePid()) console.log(`注意：${PID_FILE} 记录的另一个服务仍在运行；npm run stop 只能停止它。`);
    const origin = `${tls ? 'https' : 'http'}://localhost:${actual}`;
    if (tls) {
      console.log(`Excel 加载项：${origin}/taskpane.html （manifest.xml 指向此地址，只在 Excel 中使用）`);
    } else {
      console.log('未找到开发证书（~/.office-addin-dev-certs），以 http 提供服务；Excel 需要 https，浏览器模式可直接使用。');
      console.log('（要在 Excel 中旁加载：npx office-addin-dev-certs install 后重新 npm start）');
    }
    console.log(`浏览器模式：${origin}/${BROWSER_PAGE}`);
    console.log('按 Ctrl+C 或运行 npm run stop 停止。');
  });
}

if (require.main === module) main();
module.exports = { staticHandler, devCerts, cspOf, readPid, alive, PID_FILE, BROWSER_PAGE };
