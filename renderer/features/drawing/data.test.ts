import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../../shared/interchange';
import { db } from '../../db';
import { undoStack } from '../annotations';
import { deleteLayer, exportLayer, importAsLayer, updateDrawing } from './data';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../test/fixtures/interchange', name)));

async function layersAndDrawings() {
  const layers = (await db.drawingLayers.toArray()).map((l) => ({ id: l.id, name: l.name ?? '', visible: l.visible ?? true, createdAt: l.createdAt ?? '', updatedAt: l.updatedAt }));
  const drawings = (await db.drawings.toArray()).map((d) => ({ id: d.id, layerId: d.layerId!, shape: d.shape!, createdAt: d.createdAt ?? '', updatedAt: d.updatedAt }));
  return { layers, drawings };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  undoStack.clear();
});

describe('drawing layers in the database', () => {
  it('imports a Google Earth file into a new layer and exports it to KML that reads back the same', async () => {
    const result = importFile('visit.kml', fixture('google-earth-styles.kml'));
    if (!result.ok) throw new Error('fixture should import');
    const id = await importAsLayer(result.preview, 'visit.kml', 'Field visit');
    const { layers, drawings } = await layersAndDrawings();
    expect(layers).toMatchObject([{ id, name: 'Field visit' }]);
    expect(drawings).toHaveLength(3);
    expect((await db.drawingLayers.get(id))?.importedFrom).toMatchObject({ fileName: 'visit.kml', format: 'kml' });

    const file = exportLayer(layers[0], drawings, 'kml');
    expect(file.fileName).toBe('Field visit.kml');
    const again = importFile(file.fileName, new TextEncoder().encode(file.text));
    if (!again.ok) throw new Error('export should import');
    expect(again.preview.shapes.map((s) => s.geometry)).toEqual(drawings.map((d) => d.shape.geometry));
    expect(again.preview.shapes.map((s) => s.style)).toEqual(drawings.map((d) => d.shape.style));
    expect(again.preview.shapes.find((s) => s.name === 'Oyu Tolgoi visitor centre')?.extra.contact).toBe('Site office');
  });

  it('undoes an import in one step, and brings back a deleted layer with all its shapes', async () => {
    const result = importFile('aimags.geojson', fixture('qgis-export.geojson'));
    if (!result.ok) throw new Error('fixture should import');
    await importAsLayer(result.preview, 'aimags.geojson', 'Aimag centres');
    const { layers, drawings } = await layersAndDrawings();
    const original = drawings[0].shape.name;
    await updateDrawing(drawings[0], { name: 'Renamed' });
    await deleteLayer(layers[0]);
    expect(await db.drawings.count()).toBe(0);
    await undoStack.undo();
    expect(await db.drawings.count()).toBe(2);
    expect((await db.drawings.get(drawings[0].id))?.shape?.name).toBe('Renamed');
    await undoStack.undo();
    expect((await db.drawings.get(drawings[0].id))?.shape?.name).toBe(original);
    await undoStack.undo();
    expect(await db.drawingLayers.count()).toBe(0);
    expect(await db.drawings.count()).toBe(0);
  });
});
