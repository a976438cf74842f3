// The pack content the map, search, filters and detail panel read: one hook for the whole app, in renderer/db
// (usePackContent), under the names this feature has always exported, plus lookup tables by id.
import { useMemo } from 'react';
import { PackContentProvider, usePackContent, type PackContent } from '../../db/pack-content';

export type AtlasContent = PackContent;
export const AtlasDataProvider = PackContentProvider;

/** undefined while the first read is under way. */
export const useAtlasData = usePackContent;

/** Lookup tables by id, rebuilt only when the content changes. */
export function useAtlasIndex() {
  const data = useAtlasData();
  return useMemo(() => {
    if (!data) return undefined;
    return {
      deposits: new Map(data.deposits.map((d) => [d.id, d])),
      facilities: new Map(data.facilities.map((f) => [f.id, f])),
      corridors: new Map(data.corridors.map((c) => [c.id, c])),
      countries: new Map(data.countries.map((c) => [c.code, c])),
      sources: new Map(data.sources.map((s) => [s.id, s])),
    };
  }, [data]);
}
