import type { Case } from '../corpus';
import { ceCases } from './ce';
import { commonCases } from './common';
import { moreCases } from './more';
import { mostCases } from './most';
import { scCases } from './sc';
import { suggestCases } from './suggest';
import { zjCases } from './zj';

export const ALL_CASES: Case[] = [...commonCases, ...zjCases, ...scCases, ...mostCases, ...ceCases, ...suggestCases, ...moreCases];
