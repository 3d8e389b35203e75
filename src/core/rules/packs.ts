/**
 * Every rule pack the engine knows, in ONE list (in the order of PACK_IDS). A new pack is a folder
 * under src/core/rules and a line here; nothing is found by scanning.
 */
import type { Pack } from './types';
import { commonPack } from './common';
import { zj2017Pack } from './zj2017';
import { sc2020Pack } from './sc2020';
import { most2022Pack } from './most2022-online';
import { ce2007Pack } from './ce2007';
import { casPack } from './cas';

export const ALL_PACKS: readonly Pack[] = [commonPack, zj2017Pack, sc2020Pack, most2022Pack, ce2007Pack, casPack] as Pack[];

export { commonPack, zj2017Pack, sc2020Pack, most2022Pack, ce2007Pack, casPack };
