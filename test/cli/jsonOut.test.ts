/** writeJsonObject: the text of JSON.stringify(object), written in pieces. */
import { writeJsonObject } from '../../src/cli/jsonOut';

function written(object: Record<string, unknown>, piece?: number): { text: string; pieces: number } {
  const out: string[] = [];
  writeJsonObject((t) => out.push(t), object, piece);
  return { text: out.join(''), pieces: out.length };
}

const findings = Array.from({ length: 50 }, (_, i) => ({
  ruleId: 'SC-GROUP-SIZE',
  severity: i % 2 ? 'error' : 'warning',
  message: `第${i}行："人数"超过 20 人 🎓\n`,
  clause: i % 3 ? undefined : '四(三)',
  data: { people: i, list: [1, null, 'x'] },
}));

describe('writeJsonObject', () => {
  test.each([1, 7, 100, undefined])('the same text as JSON.stringify (piece of %s characters)', (piece) => {
    const object = { findings, projects: [{ key: 'a', tallies: null }, { key: '"引号"\\', tallies: { days: 9 } }], packs: { fromSuggestion: true, packs: ['common'] } };
    expect(written(object, piece).text).toBe(JSON.stringify(object));
  });

  test('empty arrays, keys left out as JSON.stringify leaves them (undefined, functions), holes and undefined elements as null, odd keys', () => {
    const object: Record<string, unknown> = {
      findings: [],
      gone: undefined,
      fn: () => 1,
      projects: [undefined, 1, 'two', [3], { x: undefined }],
      'a"b': 'c',
      // eslint-disable-next-line no-sparse-arrays
      sparse: [1, , 3],
      last: undefined,
    };
    expect(written(object, 3).text).toBe(JSON.stringify(object));
    expect(written({ only: undefined }).text).toBe(JSON.stringify({ only: undefined }));
    expect(written({}).text).toBe('{}');
  });

  test('a large array goes out in several pieces, none much larger than the piece size', () => {
    const out: string[] = [];
    writeJsonObject((t) => out.push(t), { findings }, 500);
    expect(out.length).toBeGreaterThan(5);
    const longestItem = Math.max(...findings.map((f) => JSON.stringify(f).length));
    for (const t of out) expect(t.length).toBeLessThan(500 + longestItem + 2);
    expect(out.join('')).toBe(JSON.stringify({ findings }));
  });
});
