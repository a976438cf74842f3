// Rolling back: re-apply the content of an earlier pack from its compressed body, offline.
import { TRUSTED_KEYS, type TrustedKeys } from '../../../../shared/pack';
import type { SteppeDatabase } from '../../../db';
import { gunzipText } from './compress';
import { prepareImport, type ImportPlan } from './plan';
import { readPack, type Refusal } from './read-pack';

export type RollbackResult = { ok: true; plan: ImportPlan } | { ok: false; refusal: Refusal | { code: 'body-missing'; details: string[] } };

/** Prepares re-applying history entry `seq` (normally the one before the current pack). */
export async function prepareRollback(db: SteppeDatabase, seq: number, trustedKeys: TrustedKeys = TRUSTED_KEYS): Promise<RollbackResult> {
  const entry = await db.packHistory.get(seq);
  const body = entry ? await db.packBodies.get(entry.checksum) : undefined;
  if (!entry || !body) return { ok: false, refusal: { code: 'body-missing', details: [] } };
  const read = await readPack(await gunzipText(body.gzip), trustedKeys);
  if (!read.ok) return read;
  return { ok: true, plan: await prepareImport(db, read, 'rollback') };
}

/** History entries a user can roll back to: every earlier pack whose body is kept and differs from the current one. */
export async function rollbackTargets(db: SteppeDatabase) {
  const history = await db.packHistory.orderBy('seq').reverse().toArray();
  const current = history[0];
  if (!current) return [];
  const kept = new Set(await db.packBodies.toCollection().primaryKeys());
  return history.slice(1).filter((h) => h.checksum !== current.checksum && kept.has(h.checksum));
}
