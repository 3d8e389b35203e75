/**
 * manifest.xml: valid against Microsoft's XML schemas (offline, xmllint), readable by
 * office-addin-manifest, and every icon it names exists in assets/ with the pixel size it claims.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
// The schemas of ../shared/schemas/office-addin-manifest, copied beside this test (a clone may not have ../shared).
const SCHEMAS = path.join(__dirname, 'schemas');
const SHARED_SCHEMAS = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
const SCHEMA = path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd');
const xml = fs.readFileSync(MANIFEST, 'utf8');

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('the copied schemas', () => {
  (fs.existsSync(SHARED_SCHEMAS) ? it : it.skip)('are the same bytes as ../shared/schemas/office-addin-manifest', () => {
    const xsd = (d: string) => fs.readdirSync(d).filter((f) => f.endsWith('.xsd')).sort();
    expect(xsd(SCHEMAS)).toEqual(xsd(SHARED_SCHEMAS));
    for (const f of xsd(SHARED_SCHEMAS)) expect(fs.readFileSync(path.join(SCHEMAS, f)).equals(fs.readFileSync(path.join(SHARED_SCHEMAS, f)))).toBe(true);
  });
});

describe('manifest.xml against the schemas (xmllint, offline)', () => {
  const run = hasXmllint() ? it : it.skip;
  if (!hasXmllint()) {
    // eslint-disable-next-line no-console
    console.warn('xmllint is missing (Debian package libxml2-utils): schema validation of manifest.xml SKIPPED');
  }

  run('validates', () => {
    const r = xmllint(MANIFEST);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  run('rejects a manifest with an element out of place (the check can fail)', () => {
    const broken = xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadEverything</Permissions>');
    expect(broken).not.toBe(xml);
    const tmp = path.join(require('os').tmpdir(), `manifest-broken-${process.pid}.xml`);
    fs.writeFileSync(tmp, broken);
    try {
      expect(xmllint(tmp).ok).toBe(false);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});

describe('office-addin-manifest info (offline)', () => {
  it('reads the manifest', () => {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
    const out = execFileSync(bin, ['info', MANIFEST], { encoding: 'utf8', timeout: 60000 });
    expect(out).toContain('Type: TaskPaneApp');
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain('Default Locale: zh-CN');
    expect(out).toContain('Source Location: https://localhost:3000/taskpane.html');
  });
});

describe('manifest content', () => {
  it('puts three buttons on the Home tab, wired to the function file and the task pane', () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/<FunctionName>runReview<\/FunctionName>/);
    expect(xml).toMatch(/<FunctionName>clearMarks<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toContain('<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>');
  });

  it('labels the buttons in Chinese with English overrides', () => {
    for (const [zh, en] of [['审核', 'Review'], ['清除标记', 'Clear marks'], ['打开审核面板', 'Open review pane']]) {
      expect(xml).toMatch(new RegExp(`DefaultValue="${zh}">\\s*<bt:Override Locale="en-US" Value="${en}"/>`));
    }
  });

  it('requires ExcelApi 1.7 and names no other domain', () => {
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(xml).not.toContain('<AppDomain>');
    const origins = new Set([...xml.matchAll(/"(https?:\/\/[^/"]+)[^"]*"/g)].map((m) => m[1]));
    const foreign = [...origins].filter((o) => !o.includes('schemas.microsoft.com') && !o.includes('www.w3.org'));
    expect(foreign).toEqual(['https://localhost:3000']);
  });

  it('has every icon it names, at the size it names', () => {
    const images = [...xml.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="https:\/\/localhost:3000\/([^"]+)"\/>/g)];
    expect(images.map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const [, w, h, rel] of images) {
      const file = path.join(ROOT, rel);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: Number(w), height: Number(h) });
    }
    // IconUrl (32) and HighResolutionIconUrl (64)
    expect(pngSize(path.join(ROOT, 'assets', 'icon-32.png'))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(ROOT, 'assets', 'icon-64.png'))).toEqual({ width: 64, height: 64 });
  });
});
