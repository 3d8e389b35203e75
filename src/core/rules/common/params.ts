/** The common pack has no parameters: its checks are the form's own requirements. */
import type { z } from 'zod';
import { noParams } from '../params';

export const commonParams = noParams;
export type CommonParams = z.infer<typeof commonParams>;
