/**
 * Builds the WPS 加载项 (WPS 表格 add-in) into dist-wps/ (`npm run build:wps`):
 *
 *   dist-wps/peixun_<version>/   the add-in folder WPS loads
 *     index.html, entry.*.js     the main page: the ribbon's callbacks (OnAddinLoad, OnAction, GetImage…)
 *     ribbon.xml                 the tab 审核助手 (CustomUI)
 *     taskpane.html, pane.*.js   the shared task pane over the WPS host
 *     assets/                    icons
 *   dist-wps/deploy/
 *     publish.xml                online mode, per machine: copy into the jsaddons folder
 *     jsplugins.xml              online mode, central: the list oem.ini's JSPluginsServer points at
 *     jsplugins-offline.xml      offline mode: with the add-in folder copied into jsaddons
 *   dist-wps/部署说明.txt
 *
 * WPS_ADDIN_URL is where the add-in folder is served for online mode (default http://127.0.0.1:3889/,
 * the port wpsjs uses for debugging); WPS asks for <url>ribbon.xml and <url>index.html. Every page has
 * a CSP that allows nothing outside its own origin. No file of the add-in loads anything from elsewhere.
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const pkg = require('./package.json');
// The same TypeScript build as the Excel add-in's.
const { RESOLVE, RULES } = require('./webpack.config.js');

const NAME = 'peixun';
const DEFAULT_URL = 'http://127.0.0.1:3889/';

function addinUrl() {
  let url = process.env.WPS_ADDIN_URL || DEFAULT_URL;
  if (!url.endsWith('/')) url += '/';
  if (!/^https?:\/\/[^\s"<>&]+\/$/.test(url)) throw new Error(`WPS_ADDIN_URL must be an http(s) address, got "${url}"`);
  return url;
}

function csp() {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Fluent UI (Griffel) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const xmlAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The deployment lists (publish.xml / jsplugins.xml), as WPS's documentation shows them. */
function deployFiles(url = addinUrl(), version = pkg.version) {
  const online = `<jspluginonline name="${NAME}" type="et" url="${xmlAttr(url)}" enable="true"/>`;
  const wrap = (line) => `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${line}\n</jsplugins>\n`;
  return {
    'publish.xml': wrap(online),
    'jsplugins.xml': wrap(online),
    'jsplugins-offline.xml': wrap(`<jsplugin name="${NAME}" type="et" version="${xmlAttr(version)}" url="${NAME}_${xmlAttr(version)}.7z" enable="true"/>`),
  };
}

function readme(url, version) {
  const folder = `${NAME}_${version}`;
  return [
    '出国培训审核助手 — WPS 表格加载项（WPS 加载项，jsaddons）',
    '',
    '注意：本加载项只在模拟的 WPS 对象模型上测试过，尚未在真实的 WPS 表格中运行验证。',
    '',
    `一、在线模式（单位服务器）：把 ${folder}/ 里的文件放到 ${url}（浏览器能打开 ${url}ribbon.xml 即可），`,
    '   再把 deploy/publish.xml 复制到每台电脑的 jsaddons 目录，或在 WPS 的 oem.ini [Server] 中把',
    '   JSPluginsServer 指向放在服务器上的 deploy/jsplugins.xml（集中部署）。',
    `二、离线模式（单机）：把 ${folder}/ 整个文件夹复制到 jsaddons 目录，把 deploy/jsplugins-offline.xml`,
    '   复制为 jsaddons/jsplugins.xml，并在 oem.ini [Server] 中把 JSPluginsServer 指向它。',
    '   jsaddons 目录：Windows %APPDATA%\\kingsoft\\wps\\jsaddons；Linux（麒麟、统信）~/.local/share/Kingsoft/wps/jsaddons。',
    '   oem.ini：WPS 安装目录 office6\\cfgs\\oem.ini，[Support] 下需有 JsApiPlugin=true。',
    '三、重启 WPS 表格，功能区出现“审核助手”选项卡。',
    '',
  ].join('\r\n');
}

module.exports = Object.assign(makeConfig, { csp, deployFiles, addinUrl, NAME });

function makeConfig(env = {}, argv = {}) {
  const production = argv.mode !== 'development';
  const url = addinUrl();
  const version = pkg.version;
  const out = path.resolve(env.out || process.env.WPS_OUT || path.join(__dirname, 'dist-wps'));
  const folder = `${NAME}_${version}`;
  const page = (template, filename, chunks) =>
    new HtmlWebpackPlugin({
      template,
      filename,
      chunks,
      inject: 'body',
      scriptLoading: 'defer',
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
      templateParameters: { csp: csp(), officeJs: '' },
    });
  const files = deployFiles(url, version);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      entry: './src/hosts/wps/addin/entry.ts',
      // The shared pane entry: src/app/hosts.ts finds WPS's Application object and picks the WPS host.
      pane: './src/taskpane/index.tsx',
    },
    // The add-in folder is webpack's output (pages refer to their scripts by plain relative names, so
    // the folder can be served at any address); the deployment lists go beside it, written after emit.
    output: {
      path: path.join(out, folder),
      filename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: RESOLVE,
    module: { rules: RULES },
    plugins: [
      page('./src/hosts/wps/addin/index.html', 'index.html', ['entry']),
      page('./src/taskpane/taskpane.html', 'taskpane.html', ['pane']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/hosts/wps/addin/ribbon.xml', to: 'ribbon.xml' },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap('wps-deploy', () => {
            fs.rmSync(path.join(out, 'deploy'), { recursive: true, force: true });
            fs.mkdirSync(path.join(out, 'deploy'), { recursive: true });
            for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(out, 'deploy', name), text);
            fs.writeFileSync(path.join(out, '部署说明.txt'), readme(url, version));
          });
        },
      },
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}
