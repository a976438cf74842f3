// Live views of the pack state for any component.
import { useLiveQuery } from 'dexie-react-hooks';
import { currentPack, db, type PackHistoryEntry } from '../../db';

/** The pack in use, or undefined (still loading) / null (no pack yet). */
export function useCurrentPack(): PackHistoryEntry | null | undefined {
  return useLiveQuery(async () => (await currentPack(db)) ?? null, []);
}

/** Title and version for the status bar. */
export function useCurrentPackLabel(): { title: string; version: number } | null {
  const entry = useCurrentPack();
  return entry ? { title: entry.title, version: entry.version } : null;
}

export function usePackHistory(): PackHistoryEntry[] | undefined {
  return useLiveQuery(() => db.packHistory.orderBy('seq').reverse().toArray(), []);
}
