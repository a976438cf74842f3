// Database version 3: a cache of print-size map pictures drawn for deck exports (renderer/features/export),
// kept across restarts so an export finds its maps already drawn. Not user data: never backed up, safe to clear.
import type { Dexie } from 'dexie';

export const V3_STORES = {
  // key = hash of everything the picture depends on; pack = the pack checksum it was drawn with; usedAt for eviction.
  printPictures: 'key, pack, usedAt',
} as const;

export function declareV3(db: Dexie): void {
  db.version(3).stores(V3_STORES);
}
