// Kept print pictures: found again by what they show (not by object identity) after the database is
// reopened, never reused for another pack or label language, and bounded in number.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import type { MapViewState } from '../../map/view-state';
import { setActiveMapController } from '../../map/active-map';
import type { MapController } from '../../map/MapController';
import { forgetPictures, loadPicture, MAX_PICTURES, packChecksum, pictureKey, slidePictureKey, storedKeys, storePicture, type PictureContext } from './picture-store';

const view = (lon: number): MapViewState =>
  ({ camera: { center: [lon, 46], zoom: 5, bearing: 0, pitch: 0 }, theme: 'light', layers: null, filters: {}, partnerLens: null, highlighted: [], drawingLayers: [] }) as unknown as MapViewState;
const context: PictureContext = { pack: 'pack-1', language: 'en', drawings: '', changes: null };
const jpeg = (n: number) => ({ data: new Uint8Array([0xff, 0xd8, n, 0xff, 0xd9]), width: 1480, height: 1000, cssWidth: 740, format: 'JPEG' as const });

describe('kept print pictures', () => {
  beforeEach(() => forgetPictures());

  it('gives the same key to an equal view built anew, and another key to anything the picture shows differently', async () => {
    const key = await pictureKey(view(100), context);
    expect(await pictureKey(structuredClone(view(100)), { ...context })).toBe(key);
    expect(await pictureKey(view(101), context)).not.toBe(key);
    expect(await pictureKey(view(100), { ...context, pack: 'pack-2' })).not.toBe(key);
    expect(await pictureKey(view(100), { ...context, language: 'ko' })).not.toBe(key);
    expect(await pictureKey(view(100), { ...context, drawings: 'd1@2026-11-23' })).not.toBe(key);
  });

  it('finds a picture again after the database is closed and reopened (an app restart)', async () => {
    const key = await pictureKey(view(100), context);
    await storePicture(key, 'pack-1', jpeg(7));
    db.close();
    await db.open();
    expect(await storedKeys([key, 'other'])).toEqual(new Set([key]));
    const picture = await loadPicture(key);
    expect(picture?.data).toEqual(jpeg(7).data);
    expect(picture).toMatchObject({ width: 1480, height: 1000, cssWidth: 740 });
  });

  it('drops the pictures of an older pack once one of a newer pack is kept', async () => {
    const old = await pictureKey(view(100), context);
    await storePicture(old, 'pack-1', jpeg(1));
    const fresh = await pictureKey(view(100), { ...context, pack: 'pack-2' });
    await storePicture(fresh, 'pack-2', jpeg(2));
    expect(await loadPicture(old)).toBeUndefined();
    expect(await loadPicture(fresh)).toBeDefined();
  });

  it('keys a picture by the pack the live map draws, not a newer one the database already holds (right after an import)', async () => {
    await db.packHistory.clear();
    await db.packHistory.add({ packId: 'p', version: 2, checksum: 'pack-new', appliedAt: new Date().toISOString() } as never);
    const live = { drawingState: () => ({ data: { checksum: 'pack-old', deposits: [], corridors: [], facilities: [] }, overlay: { language: 'en', changes: null } }) };
    setActiveMapController(live as unknown as MapController);
    try {
      expect(await packChecksum()).toBe('pack-old');
      expect(await slidePictureKey(view(100))).toBe(await pictureKey(view(100), { ...context, pack: 'pack-old' }));
    } finally {
      setActiveMapController(null);
    }
    // No live map (an export from another window): the database's pack.
    expect(await packChecksum()).toBe('pack-new');
    await db.packHistory.clear();
  });

  it(`keeps at most ${MAX_PICTURES} pictures, dropping the least recently used`, async () => {
    for (let i = 0; i < MAX_PICTURES + 3; i++) await storePicture(`k${i}`, 'pack-1', jpeg(i % 200));
    expect(await db.printPictures.count()).toBe(MAX_PICTURES);
    expect(await loadPicture('k0')).toBeUndefined();
    expect(await loadPicture(`k${MAX_PICTURES + 2}`)).toBeDefined();
  });
});
