// Which broad commodity group a deposit belongs to, for colours, filters and statistics.
import { COMMODITY_GROUPS } from './schema/entities';
import type { Deposit } from './schema/pack';

export type CommodityGroup = (typeof COMMODITY_GROUPS)[number];
export { COMMODITY_GROUPS };

export const COMMODITY_GROUP_LABELS: Readonly<Record<CommodityGroup, string>> = {
  ree: 'Rare earths',
  'battery-metals': 'Battery metals',
  'w-mo-sn': 'Tungsten, molybdenum, tin',
  uranium: 'Uranium',
  'cu-au': 'Copper, gold, silver',
  coal: 'Coal',
  fluorspar: 'Fluorspar',
  iron: 'Iron ore',
  other: 'Other',
};

const GROUP_OF: Readonly<Record<string, CommodityGroup>> = {
  REE: 'ree', HREE: 'ree', LREE: 'ree',
  Li: 'battery-metals', Ni: 'battery-metals', Co: 'battery-metals', Mn: 'battery-metals', Graphite: 'battery-metals',
  W: 'w-mo-sn', Mo: 'w-mo-sn', Sn: 'w-mo-sn',
  U: 'uranium',
  Cu: 'cu-au', Au: 'cu-au', Ag: 'cu-au',
  Coal: 'coal',
  Fluorspar: 'fluorspar', F: 'fluorspar',
  Fe: 'iron',
};

/** The deposit's explicit `primaryGroup`, else the group of its first (main) commodity. */
export function commodityGroup(deposit: Pick<Deposit, 'commodities' | 'primaryGroup'>): CommodityGroup {
  if (deposit.primaryGroup) return deposit.primaryGroup;
  return GROUP_OF[deposit.commodities[0]] ?? 'other';
}
