/**
 * src/hosts/excel/requirements.ts: the requirement list is true to Microsoft's reference (the `[Api set: ExcelApi x]`
 * remarks of @types/office-js), agrees with the run-time detection of capabilities.ts, and README.md and
 * docs/EXCEL.md carry exactly the table generated from it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CAPABILITY_TABLE } from '../../../src/hosts/excel/capabilities';
import {
  EXCEL_REQUIREMENTS,
  compareVersions,
  milestones,
  requirementSourcesMarkdown,
  requirementsMarkdown,
  type ExcelRequirement,
} from '../../../src/hosts/excel/requirements';

const ROOT = join(__dirname, '..', '..', '..');
const table = require(join(ROOT, 'scripts', 'excel-table.js')) as {
  FILES: Record<string, string[]>;
  begin(name: string): string;
  end(name: string): string;
  section(text: string, name: string): string | null;
  replaceSection(text: string, name: string, content: string): string;
};

const DTS = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');

/** The ExcelApi set the reference gives `Class.member` (first remark), or null when the member is not there. */
function apiSet(cls: string, member: string): string | null {
  const ns = DTS.indexOf('declare namespace Excel {');
  const classRe = new RegExp(`\\n    (?:export )?(?:class|interface) ${cls}\\b[^{]*\\{`, 'g');
  classRe.lastIndex = ns;
  const c = classRe.exec(DTS);
  if (!c) return null;
  const body = DTS.slice(c.index, DTS.indexOf('\n    }', c.index));
  const m = new RegExp(`\\n        (?:readonly )?${member}[(:?<]`).exec(body);
  if (!m) return null;
  const doc = body.slice(body.lastIndexOf('/**', m.index), m.index);
  return /\[Api set: ExcelApi (1\.\d+)/.exec(doc)?.[1] ?? null;
}

/** What is wrong with a row: members the reference gives another set, or a `requires` that is not their highest. */
function problems(r: ExcelRequirement): string[] {
  const out: string[] = [];
  for (const [member, set] of r.api) {
    const [cls, name] = member.split('.');
    const ref = apiSet(cls, name);
    if (ref !== set) out.push(`${r.key}: ${member} is ExcelApi ${ref ?? '(not in the reference)'}, the list says ${set}`);
  }
  const highest = r.api
    .map(([, set]) => set)
    .sort(compareVersions)
    .pop();
  if (highest !== r.requires) out.push(`${r.key}: requires ${r.requires} but its highest member is ${highest}`);
  return out;
}

describe('the requirement list against Microsoft’s reference', () => {
  it('reads sets from the reference (the parser finds what the issue names)', () => {
    expect(apiSet('Range', 'getMergedAreasOrNullObject')).toBe('1.13');
    expect(apiSet('WorksheetCollection', 'onAdded')).toBe('1.7');
    expect(apiSet('WorksheetCollection', 'onChanged')).toBe('1.9');
    expect(apiSet('ChartSeries', 'axisGroup')).toBe('1.8');
    expect(apiSet('NoteCollection', 'add')).toBe('1.18');
    expect(apiSet('Range', 'noSuchMember')).toBeNull();
  });

  it('gives every member the set of the reference, and every feature the highest of its members', () => {
    expect(EXCEL_REQUIREMENTS.flatMap(problems)).toEqual([]);
  });

  it('catches a row that claims a lower set than a member needs, or a member at the wrong set', () => {
    const notes = EXCEL_REQUIREMENTS.find((r) => r.key === 'notes')!;
    expect(problems({ ...notes, requires: '1.10' })).toEqual(['notes: requires 1.10 but its highest member is 1.18']);
    expect(problems({ ...notes, api: [['NoteCollection.add', '1.10']], requires: '1.10' })).toEqual([
      'notes: NoteCollection.add is ExcelApi 1.18, the list says 1.10',
    ]);
  });

  it('has one row per key', () => {
    expect(new Set(EXCEL_REQUIREMENTS.map((r) => r.key)).size).toBe(EXCEL_REQUIREMENTS.length);
  });
});

describe('what the table states', () => {
  it('complete review from 1.13 (merged schedule dates), everything from 1.18', () => {
    expect(milestones()).toEqual({ complete: '1.13', all: '1.18' });
    // The "complete" milestone follows the rows that change findings, not presentation.
    const withoutMerges = EXCEL_REQUIREMENTS.filter((r) => r.key !== 'mergedAreas');
    expect(milestones(withoutMerges)).toEqual({ complete: '1.7', all: '1.18' });
  });

  it('lists the chart’s secondary axis (1.8), the templates’ notes (1.10), conditional formats per sheet, severity and chunk', () => {
    const md = requirementsMarkdown();
    expect(md).toMatch(/\| [^|]*次坐标轴[^|]* \| 1\.8 \|/);
    expect(md).toMatch(/\| [^|]*填写说明[^|]* \| 1\.10 \|/);
    expect(md).toMatch(/\| 每个工作表、每种严重程度、每个地址块[^|]* \| 1\.9 \|/);
    expect(md).toContain('Review results are complete from **ExcelApi 1.13**');
    expect(md).not.toMatch(/Full function from ExcelApi 1\.10/);
  });

  it('marks a feature ✓ from its set on and — below it', () => {
    const md = requirementsMarkdown();
    const header = md
      .split('\n')
      .find((l) => l.startsWith('| 功能'))!
      .split('|')
      .map((c) => c.trim());
    const row = md
      .split('\n')
      .find((l) => l.includes('读取合并单元格'))!
      .split('|')
      .map((c) => c.trim());
    expect(row[header.indexOf('1.10')]).toBe('—');
    expect(row[header.indexOf('1.13')]).toBe('✓');
  });
});

describe('capabilities.ts detects each feature at the set the list gives', () => {
  it.each(CAPABILITY_TABLE.map((row) => [row.key, row.requires]))('%s at ExcelApi %s', (key, requires) => {
    expect(EXCEL_REQUIREMENTS.find((r) => r.key === key)?.requires).toBe(requires);
  });
});

describe('README.md and docs/EXCEL.md carry the generated table', () => {
  const want: Record<string, string> = {
    'excel-requirements': requirementsMarkdown(),
    'excel-requirement-sources': requirementSourcesMarkdown(),
  };
  for (const [file, names] of Object.entries(table.FILES)) {
    for (const name of names) {
      it(`${file}: ${name} (else: npm run docs:excel-table)`, () => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        expect(table.section(text, name)).toBe(want[name]);
      });
    }
  }

  it('a hand edit of the table, or lost markers, is detected', () => {
    const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const edited = text.replace('| 读取合并单元格（日程表中合并的日期） | 1.13 |', '| 读取合并单元格（日程表中合并的日期） | 1.10 |');
    expect(edited).not.toBe(text);
    expect(table.section(edited, 'excel-requirements')).not.toBe(want['excel-requirements']);
    expect(table.section(text.replace(table.end('excel-requirements'), ''), 'excel-requirements')).toBeNull();
    // and the generator puts it back
    expect(table.section(table.replaceSection(edited, 'excel-requirements', want['excel-requirements']), 'excel-requirements')).toBe(
      want['excel-requirements'],
    );
  });
});
