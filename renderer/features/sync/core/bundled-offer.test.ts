import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSetting, type SteppeDatabase } from '../../../db';
import { applyPlan } from './apply';
import { bundledPackToOffer } from './bundled-offer';
import { preparePackFile } from './import';
import { headerOf } from './plan';
import { prepareRollback } from './rollback';
import { freshDatabase, signedPack, testKeys } from './test-support';
import type { Pack } from '../../../../shared/pack';

let db: SteppeDatabase;
afterEach(async () => db?.delete());

async function apply(pack: Pack, kind: 'first-run' | 'bundled-update' = 'first-run') {
  const result = await preparePackFile(db, JSON.stringify(pack), kind, { trustedKeys: (await testKeys()).trusted });
  if (!result.ok) throw new Error(result.refusal.code);
  return applyPlan(db, result.plan);
}

describe('a newer pack bundled with an upgraded app', () => {
  it('is offered over an older version of the same pack, until the user applies it', async () => {
    db = freshDatabase();
    const old = await signedPack({ deposits: 5, version: 1 });
    const bundled = await signedPack({ deposits: 6, version: 2 });
    await apply(old);
    expect(await bundledPackToOffer(db, headerOf(bundled))).toEqual(headerOf(bundled));
    await apply(bundled, 'bundled-update');
    expect(await bundledPackToOffer(db, headerOf(bundled))).toBeNull();
  });

  it('is not offered again once turned down, nor after the user rolled back from it', async () => {
    db = freshDatabase();
    const bundled = await signedPack({ deposits: 6, version: 2 });
    await apply(await signedPack({ deposits: 5, version: 1 }));
    await writeSetting(db, 'dismissedBundledPack', bundled.checksum);
    expect(await bundledPackToOffer(db, headerOf(bundled))).toBeNull();

    db = freshDatabase();
    const again = await apply(await signedPack({ deposits: 5, version: 1 }));
    await apply(bundled, 'bundled-update');
    const back = await prepareRollback(db, again.seq!, (await testKeys()).trusted);
    if (!back.ok) throw new Error('rollback refused');
    await applyPlan(db, back.plan, { kind: 'rollback' });
    expect(await bundledPackToOffer(db, headerOf(bundled))).toBeNull();
  });

  it('is not offered when it is the same or an older version, another pack, or there is no pack yet', async () => {
    db = freshDatabase();
    const bundled = await signedPack({ deposits: 5, version: 2 });
    expect(await bundledPackToOffer(db, headerOf(bundled))).toBeNull();
    await apply(await signedPack({ deposits: 5, version: 3 }));
    expect(await bundledPackToOffer(db, headerOf(bundled))).toBeNull();
    expect(await bundledPackToOffer(db, { ...headerOf(bundled), version: 9, packId: 'another-pack' })).toBeNull();
    expect(await bundledPackToOffer(db, null)).toBeNull();
  });
});
