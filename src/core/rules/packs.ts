/**
 * Every rule pack, registered with the engine. The ce2007 and cas packs live in ./ce and ./cas
 * (the continuing-education part); any Pack those modules export is registered.
 */
import { isPack, registerPack } from './registry';
import { commonPack } from './common';
import { zj2017Pack } from './zj2017';
import { sc2020Pack } from './sc2020';
import { most2022Pack } from './most2022-online';
import * as ce from './ce';
import * as cas from './cas';

registerPack(commonPack);
registerPack(zj2017Pack);
registerPack(sc2020Pack);
registerPack(most2022Pack);
for (const mod of [ce, cas] as Record<string, unknown>[]) {
  for (const v of Object.values(mod)) if (isPack(v)) registerPack(v);
}

export { commonPack, zj2017Pack, sc2020Pack, most2022Pack };
