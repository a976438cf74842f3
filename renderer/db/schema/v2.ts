// Database version 2: user records find their deposit by `depositId` even when written with only a `target`,
// and orphaned records are indexed (sparse index on orphan.depositId) so the UI can list them.
import type { Dexie, Transaction } from 'dexie';

export const V2_STORES = {
  annotations: 'id, updatedAt, depositId, orphan.depositId',
  drawings: 'id, updatedAt, layerId, depositId, orphan.depositId',
} as const;

interface V1Annotation {
  depositId?: string;
  target?: { kind?: string; id?: string };
}

/** Annotations saved with a deposit `target` but no `depositId` get one, so pack imports can flag them. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('annotations')
    .toCollection()
    .modify((a: V1Annotation) => {
      if (a.depositId === undefined && a.target?.kind === 'deposit' && typeof a.target.id === 'string') a.depositId = a.target.id;
    });
}

export function declareV2(db: Dexie): void {
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
}
