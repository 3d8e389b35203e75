/** The parameter building blocks: a share is a fraction from 0 to 1, both ends included. */
import { shareParam } from '../../../src/core/rules/params';

describe('shareParam', () => {
  it('takes 0, 1 and anything between, written as a fraction or a decimal', () => {
    for (const s of ['0', '1', '2/3', '0.5', '1/1', '0/5']) expect(shareParam.safeParse(s).success).toBe(true);
  });
  it('refuses what is not a number, below 0 or above 1', () => {
    for (const s of ['abc', '', '-1/3', '-0.1', '4/3', '1.01']) expect(shareParam.safeParse(s).success).toBe(false);
  });
});
