// How many deposits the current filters let through: the number the map draws and the panels report.
import { useMemo } from 'react';
import { filterDeposits, partnerInvolvement } from '../../map/layers/deposits';
import { useAppStore } from '../../store';
import { useAtlasData } from './atlas-data';

export function useFilteredDeposits() {
  const data = useAtlasData();
  const filters = useAppStore((s) => s.filters);
  const involvement = useMemo(() => (data ? partnerInvolvement(data.deposits, data.countries, data.events) : undefined), [data]);
  return useMemo(() => {
    const all = data?.deposits ?? [];
    const shown = filterDeposits(all, filters, involvement);
    return { shown, total: all.length, loaded: !!data };
  }, [data, filters, involvement]);
}
