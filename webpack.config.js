/**
 * Builds the add-in into dist/:
 *   taskpane.html  the task pane (in Excel; in an ordinary browser it switches to browser mode)
 *   browser.html   the same task pane without office.js, for offices where add-ins are blocked
 *   commands.html  the ribbon's function file (runReview, clearMarks)
 *   office/        office.js and only the files it loads at run time for Excel (zh-cn, en-us strings)
 *   assets/        icons named by manifest.xml
 *
 *   manifest.xml   the manifest, pointing at ADDIN_URL (default https://localhost:3000) — for central
 *                  deployment build with `ADDIN_URL=https://oa.example.gov.cn/peixun npm run build`
 *
 * office.js is served from our own origin (government intranets often cannot reach Microsoft's CDN).
 * `OFFICE_JS=cdn npm run build` loads it from appsforoffice.microsoft.com instead and lets the CSP allow
 * that one origin for scripts. No other origin appears in any page.
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_CDN = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_DIST = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * The files office.js loads when it runs inside Excel: the Excel host scripts (desktop, Mac, web, iPad;
 * minified only), the Office 2013 mapping table, the Promise polyfill for old hosts, and the string
 * tables of the two languages the add-in speaks. Not copied: other hosts, debug builds, other locales,
 * and the telemetry folders (office.js carries on without them; we send nothing).
 */
function officeFiles() {
  const keep = (name) =>
    name === 'office.js' ||
    name === 'o15apptofilemappingtable.js' ||
    name === 'es6-promise.js' ||
    (/^excel/.test(name) && name.endsWith('.js') && !name.endsWith('.debug.js'));
  const files = fs.existsSync(OFFICE_DIST) ? fs.readdirSync(OFFICE_DIST).filter(keep) : [];
  // `minimized: true`: copied as Microsoft ships them, never through the minifier.
  const info = { minimized: true };
  const patterns = files.map((f) => ({ from: path.join(OFFICE_DIST, f), to: `office/${f}`, info }));
  for (const locale of ['zh-cn', 'en-us']) {
    patterns.push({
      from: path.join(OFFICE_DIST, locale),
      to: `office/${locale}`,
      info,
      globOptions: { ignore: ['**/*.debug.js', '**/outlook_strings.js'] },
    });
  }
  return patterns;
}

const DEV_ORIGIN = 'https://localhost:3000';

/** The add-in's address for the manifest in dist/: an https URL without a trailing slash. */
function addinUrl() {
  const url = (process.env.ADDIN_URL || DEV_ORIGIN).replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) throw new Error(`ADDIN_URL must be an https address, got "${url}"`);
  return url;
}

/** manifest.xml with every development address replaced by the deployment's own. */
function manifestFor(xml, url) {
  return xml.split(DEV_ORIGIN).join(url);
}

function csp(cdn) {
  const script = cdn ? `'self' ${OFFICE_CDN_ORIGIN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    // Fluent UI (Griffel) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // The engine's Web Worker (src/app/engine.worker.ts), a chunk served from the page's own origin.
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** How TypeScript and the pane's imports are built; the WPS build (webpack.wps.config.js) uses the same. */
const RESOLVE = {
  extensions: ['.tsx', '.ts', '.js', '.json'],
  // The file reader is browser-safe; these Node modules must never reach the bundle.
  fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
};
const RULES = [
  // Host entries (src/hosts/*/entry.ts) only describe a host; the ribbon's bundle uses Excel's, and the
  // browser mode's (with its file reader) is left out when unused.
  { test: /[\\/]src[\\/]hosts[\\/][^\\/]+[\\/]entry\.ts$/, sideEffects: false },
  {
    test: /\.[jt]sx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'swc-loader',
      options: { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020', transform: { react: { runtime: 'automatic' } } } },
    },
  },
];

module.exports = Object.assign(makeConfig, { manifestFor, addinUrl, RESOLVE, RULES });

function makeConfig(env = {}, argv = {}) {
  const production = argv.mode !== 'development';
  const cdn = process.env.OFFICE_JS === 'cdn' || env.OFFICE_JS === 'cdn';
  const officeJs = cdn ? OFFICE_CDN : 'office/office.js';
  const url = addinUrl();
  const page = (template, filename, chunks, withOffice) =>
    new HtmlWebpackPlugin({
      template,
      filename,
      chunks,
      inject: 'body',
      scriptLoading: 'defer',
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
      templateParameters: { csp: csp(cdn && withOffice), officeJs: withOffice ? officeJs : '' },
    });

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/ribbon/commands.ts',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: RESOLVE,
    module: { rules: RULES },
    plugins: [
      page('./src/taskpane/taskpane.html', 'taskpane.html', ['taskpane'], true),
      page('./src/taskpane/taskpane.html', 'browser.html', ['taskpane'], false),
      page('./src/ribbon/commands.html', 'commands.html', ['commands'], true),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (buf) => manifestFor(buf.toString('utf8'), url) },
          ...(cdn ? [] : officeFiles()),
        ],
      }),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 2_500_000, maxAssetSize: 2_500_000 },
    stats: 'errors-warnings',
  };
}
