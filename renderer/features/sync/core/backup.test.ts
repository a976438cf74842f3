import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SteppeDatabase } from '../../../db';
import { exportBackup, previewRestore, readBackup, restoreBackup } from './backup';
import { databaseHash, freshDatabase } from './test-support';

const dbs: SteppeDatabase[] = [];
const fresh = () => {
  const d = freshDatabase();
  dbs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

async function seed(db: SteppeDatabase) {
  await db.annotations.bulkPut([
    { id: 'a1', updatedAt: '2026-01-01T00:00:00Z', depositId: 'oyu-tolgoi', body: 'Check **Korean** stake — 한국 지분, Монгол', tags: ['ree'] },
    { id: 'a2', updatedAt: '2026-01-02T00:00:00Z', orphan: { depositId: 'x', lastKnownName: { en: 'X' }, lastKnownPosition: [105, 45], removedInPackVersion: 2, flaggedAt: '2026-01-03T00:00:00Z' } },
  ]);
  await db.drawingLayers.put({ id: 'l1', updatedAt: '2026-01-01T00:00:00Z', name: 'Routes' });
  await db.drawings.put({ id: 'd1', updatedAt: '2026-01-01T00:00:00Z', layerId: 'l1' });
  await db.decks.put({ id: 'k1', updatedAt: '2026-01-01T00:00:00Z', title: 'Seoul brief', depositIds: ['oyu-tolgoi'], slides: [{ caption: 'One', notes: 'private' }] });
  await db.settings.put({ id: 'authorName', value: 'Bolormaa', updatedAt: '2026-01-01T00:00:00Z' });
}

describe('backup', () => {
  it('round-trips every user record losslessly through the file', async () => {
    const source = fresh();
    await seed(source);
    const text = JSON.stringify(await exportBackup(source, '0.1.0'));
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.refusal.code);
    const target = fresh();
    await restoreBackup(target, read.backup, 'replace');
    const [a, b] = [await databaseHash(source), await databaseHash(target)];
    for (const t of ['annotations', 'drawingLayers', 'drawings', 'decks', 'settings']) expect(b[t]).toBe(a[t]);
    expect(await target.annotations.get('a1')).toEqual(await source.annotations.get('a1'));
  });

  it('merges by keeping the newer copy and previews what will happen', async () => {
    const db = fresh();
    await seed(db);
    const backup = await exportBackup(db);
    await db.annotations.update('a1', { body: 'edited later', updatedAt: '2026-03-01T00:00:00Z' });
    await db.annotations.delete('a2');
    await db.annotations.put({ id: 'a3', updatedAt: '2026-03-02T00:00:00Z' });
    backup.tables.decks[0] = { ...backup.tables.decks[0], title: 'Seoul brief v2', updatedAt: '2026-04-01T00:00:00Z' };

    const preview = await previewRestore(db, backup);
    expect(preview.merge).toEqual({ added: 1, updated: 1, unchanged: 3, keptLocal: 1 });
    expect(preview.replaceDeletes).toBe(6);
    await restoreBackup(db, backup, 'merge');
    expect((await db.annotations.get('a1'))?.body).toBe('edited later');
    expect(await db.annotations.get('a2')).toBeDefined();
    expect(await db.annotations.get('a3')).toBeDefined();
    expect((await db.decks.get('k1'))?.title).toBe('Seoul brief v2');
  });

  it('refuses files that are not backups, or damaged ones, before touching anything', async () => {
    const db = fresh();
    await seed(db);
    const before = await databaseHash(db);
    const good = await exportBackup(db);
    const code = (text: string) => {
      const r = readBackup(text);
      return r.ok ? 'ok' : r.refusal.code;
    };
    expect(code('not json')).toBe('not-json');
    expect(code('{"format":"steppe-atlas-pack"}')).toBe('not-a-backup');
    expect(code(JSON.stringify({ ...good, backupVersion: 5 }))).toBe('unsupported');
    expect(code(JSON.stringify({ ...good, tables: { ...good.tables, annotations: [{ id: 7 }] } }))).toBe('invalid');
    expect(await databaseHash(db)).toEqual(before);
  });
});
