/** docs/DESIGN.md's table of parts lists every folder under src/ and nothing else (issue 11). */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

function folders(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const rel = `${dir}/${e.name}`;
    out.push(rel, ...folders(rel));
  }
  return out;
}

/** The first column of the table under "## The parts". */
export function partsOf(markdown: string): string[] {
  const at = markdown.indexOf('## The parts');
  const rows = markdown.slice(at).split('\n## ')[0].split('\n');
  return rows.map((l) => /^\| `([^`]+)` \|/.exec(l)?.[1]).filter((x): x is string => x !== undefined);
}

describe('docs/DESIGN.md, the table of parts', () => {
  it('lists every folder under src/ and nothing else', () => {
    const listed = partsOf(fs.readFileSync(path.join(ROOT, 'docs/DESIGN.md'), 'utf8'));
    expect([...listed].sort()).toEqual(folders('src').sort());
  });

  it('would notice a folder missing from the table, and a row that is not a folder', () => {
    const doc = '## The parts\n\n| folder | what |\n|---|---|\n| `src/core` | x |\n| `src/core/review.ts` | y |\n\n## Next\n| `src/other` | z |';
    expect(partsOf(doc)).toEqual(['src/core', 'src/core/review.ts']);
  });
});
