/** docs/WPS.md names every object-model member the host uses (om.ts), and both it and the README say the host was tested against the fake only. */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

test('every member declared in om.ts is cited in docs/WPS.md', () => {
  const om = read('src/hosts/wps/om.ts');
  const doc = read('docs/WPS.md');
  const members = new Set<string>();
  for (const m of om.matchAll(/^ {2}(?:readonly )?([A-Z][A-Za-z0-9]*)[?]?[(:]/gm)) members.add(m[1]);
  expect(members.size).toBeGreaterThan(40);
  const missing = [...members].filter((m) => !new RegExp(`\\b${m}\\b`).test(doc));
  expect(missing).toEqual([]);
});

test('docs/WPS.md and the README say plainly it was tested against the fake only', () => {
  expect(read('docs/WPS.md')).toMatch(/\*\*Tested against a fake only\.\*\*/);
  expect(read('README.md')).toMatch(/\*\*Tested against a fake of WPS's object model only\*\*/);
});
