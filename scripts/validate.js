#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml as Microsoft's add-in templates do, but works offline.
 *
 * 1. Offline: against Microsoft's XML schemas with xmllint (Debian package libxml2-utils). The schemas are
 *    the copies beside the manifest test (test/manifest/schemas), so no network is needed. A failure here
 *    fails the command.
 * 2. Online, only when Microsoft's validation service answers: `office-addin-manifest validate`, which
 *    uploads manifest.xml (the manifest only, no user data) to validationgateway.omex.office.net. When the
 *    service cannot be reached (intranet, no network) it is skipped with a message, not failed.
 *    `npm run validate -- --offline` (or PEIXUN_OFFLINE=1) skips it on purpose.
 *
 *   node scripts/validate.js [manifest.xml] [--offline]
 * Exit: 0 valid (online check passed or skipped), 1 invalid, 2 cannot check (xmllint missing, no file).
 */
'use strict';
const fs = require('fs');
const https = require('https');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const SCHEMA = path.join(ROOT, 'test', 'manifest', 'schemas', 'OfficeAppManifestV1_1.xsd');
const SERVICE_HOST = 'validationgateway.omex.office.net';

/** Offline schema check: { ok, output } or null when xmllint is not installed. */
function schemaCheck(file, schema = SCHEMA) {
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (r.error && r.error.code === 'ENOENT') return null;
  return { ok: r.status === 0, output: `${r.stdout || ''}${r.stderr || ''}`.trim() };
}

/** Whether Microsoft's validation service answers within `ms` (any HTTP answer counts). */
function reachable(host = SERVICE_HOST, ms = 5000) {
  return new Promise((resolve) => {
    const req = https.request({ host, method: 'HEAD', path: '/', timeout: ms }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function main(argv) {
  const offline = argv.includes('--offline') || process.env.PEIXUN_OFFLINE === '1';
  const file = path.resolve(argv.find((a) => !a.startsWith('--')) || path.join(ROOT, 'manifest.xml'));
  if (!fs.existsSync(file)) {
    console.error(`找不到清单文件 ${file}：请给出 manifest.xml 的路径。`);
    return 2;
  }

  const r = schemaCheck(file);
  if (!r) {
    console.error('未安装 xmllint，无法离线校验清单：请安装 libxml2-utils（apt-get install libxml2-utils）后重试。');
    return 2;
  }
  if (!r.ok) {
    console.error(`清单不符合 Office 加载项 XML 架构（离线校验，xmllint）：\n${r.output}`);
    return 1;
  }
  console.log(`离线校验通过：${path.relative(process.cwd(), file) || file} 符合 Office 加载项 XML 架构（xmllint）。`);

  if (offline) {
    console.log('已跳过在线校验（--offline）。');
    return 0;
  }
  if (!(await reachable())) {
    console.log(`无法连接微软在线校验服务（${SERVICE_HOST}），已跳过在线校验；离线校验结果有效。`);
    return 0;
  }
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  const online = spawnSync(bin, ['validate', file], { stdio: 'inherit', timeout: 120000 });
  return online.status === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`校验未能完成：${e.message}`);
      process.exit(2);
    },
  );
}
module.exports = { schemaCheck, reachable, main };
