/** Building blocks of the packs' parameter schemas (zod), with Chinese messages for bad values. */
import { z } from 'zod';
import { parseFraction } from '../values/fraction';

/** A share such as `2/3` or `0.5`, between 0 and 1, kept as written and parsed exactly where used. */
export const shareParam = z.string().refine(
  (s) => {
    const f = parseFraction(s);
    return f !== null && f.n >= 0 && f.n <= f.d;
  },
  { error: '应为0到1之间的比例，如 2/3 或 0.5' },
);

export const isoDateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '应为日期 YYYY-MM-DD，如 2024-10-01' });

/** `MM-DD`, e.g. 11-30. */
export const monthDayParam = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '应为 月-日，如 11-30' });

export const wordsParam = (words: string[]) => z.array(z.string()).default(words);

export const countParam = (n: number) => z.number().int().nonnegative().default(n);
export const positiveCountParam = (n: number) => z.number().int().positive().default(n);

/** An empty parameter schema (packs without parameters). */
export const noParams = z.object({});
