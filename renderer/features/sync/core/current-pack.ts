// The pack that is in the database now, rebuilt from the tables and the last history entry.
import { COLLECTIONS, PACK_FORMAT, type Pack } from '../../../../shared/pack';
import { currentPack, type PackHistoryEntry, type SteppeDatabase } from '../../../db';

export async function readCurrentPack(db: SteppeDatabase): Promise<{ entry: PackHistoryEntry; pack: Pack } | null> {
  return db.transaction('r', [db.packHistory, ...COLLECTIONS.map((c) => db[c])], async () => {
    const entry = await currentPack(db);
    if (!entry) return null;
    const [sources, countries, deposits, facilities, corridors, events, indicators] = await Promise.all(
      COLLECTIONS.map((c) => db[c].toArray()),
    );
    const pack = {
      format: PACK_FORMAT,
      formatVersion: entry.formatVersion,
      packId: entry.packId,
      version: entry.version,
      publishedAt: entry.publishedAt,
      title: entry.title,
      publisher: entry.publisher,
      checksum: entry.checksum,
      sources, countries, deposits, facilities, corridors, events, indicators,
    } as Pack;
    return { entry, pack };
  });
}
