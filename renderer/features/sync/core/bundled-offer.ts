// Whether to offer the pack bundled with the app (after an app upgrade) like any imported pack: only when it is
// a newer version of the pack in use that this database has never held and the user has not turned down.
import { currentPack, readSetting, type SteppeDatabase } from '../../../db';
import type { PackHeader } from './plan';

export async function bundledPackToOffer(db: SteppeDatabase, bundled: PackHeader | null): Promise<PackHeader | null> {
  const entry = await currentPack(db);
  if (!bundled || !entry || bundled.packId !== entry.packId || bundled.version <= entry.version) return null;
  // Applied once already (then rolled back on purpose): the user has seen it.
  if ((await db.packHistory.where('checksum').equals(bundled.checksum).count()) > 0) return null;
  return (await readSetting(db, 'dismissedBundledPack')) === bundled.checksum ? null : bundled;
}

