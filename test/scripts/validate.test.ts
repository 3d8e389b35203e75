/** scripts/validate.js (npm run validate): the manifest against the XML schemas offline; the online check only when asked and reachable. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate.js');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function validate(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PEIXUN_OFFLINE: '1' } });
}

(hasXmllint ? describe : describe.skip)('npm run validate (offline)', () => {
  it('passes manifest.xml and says the online check was skipped', () => {
    const r = validate();
    expect(r.stdout).toContain('离线校验通过');
    expect(r.stdout).toContain('已跳过在线校验');
    expect(r.status).toBe(0);
  });

  it('fails a manifest with an element out of place, naming the schema error', () => {
    const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const broken = xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadEverything</Permissions>');
    expect(broken).not.toBe(xml);
    const tmp = path.join(os.tmpdir(), `peixun-validate-${process.pid}.xml`);
    fs.writeFileSync(tmp, broken);
    try {
      const r = validate(tmp);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('不符合');
      expect(r.stderr).toContain('Permissions');
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});

it('a missing manifest is a usage error (exit 2) with one line saying what to do', () => {
  const r = validate(path.join(os.tmpdir(), 'no-such-manifest.xml'));
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('找不到清单文件');
});
