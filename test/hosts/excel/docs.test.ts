import { readFileSync } from 'fs';
import { join } from 'path';
import { requirementsMarkdown } from '../../../src/hosts/excel/requirements';

// The full checks (both files, the sources, the reference) are in requirements.test.ts.
test('docs/EXCEL.md quotes the requirement table as the code has it', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/EXCEL.md'), 'utf8');
  expect(doc).toContain(requirementsMarkdown());
});
