import { readFileSync } from 'fs';
import { join } from 'path';
import { capabilityMarkdown } from '../../../src/hosts/excel/capabilities';

test('docs/EXCEL.md quotes the capability table as the code has it', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/EXCEL.md'), 'utf8');
  expect(doc).toContain(capabilityMarkdown());
});
