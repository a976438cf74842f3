// Drawing layers and drawings in Dexie: reading hooks and undoable writes.
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { db } from '../../db';
import type { DrawingLayerRecord, DrawingRecord } from '../../db/user-data';
import {
  DRAWING_KINDS, writeGeoJson, writeKml, type DrawingShape, type ImportPreview,
} from '../../../shared/interchange';
import { undoStack, type RecordChange } from '../annotations';

export interface DrawingLayer {
  id: string;
  name: string;
  visible: boolean;
  createdAt: string;
  updatedAt: string;
  importedFrom?: DrawingLayerRecord['importedFrom'];
}
export interface Drawing {
  id: string;
  layerId: string;
  shape: DrawingShape;
  createdAt: string;
  updatedAt: string;
}

const StyleSchema = z.object({
  stroke: z.string(), strokeWidth: z.number(), strokeOpacity: z.number(), fill: z.string(), fillOpacity: z.number(), dashed: z.boolean(), markerColor: z.string(),
});
const ShapeSchema = z.object({
  kind: z.enum(DRAWING_KINDS),
  geometry: z.object({ type: z.string() }).passthrough(),
  name: z.string(),
  description: z.string(),
  style: StyleSchema,
  radiusKm: z.number().optional(),
  center: z.array(z.number()).optional(),
  extra: z.record(z.string(), z.unknown()),
});

function parseLayer(r: DrawingLayerRecord): DrawingLayer {
  return { id: r.id, name: r.name ?? '', visible: r.visible ?? true, createdAt: r.createdAt ?? r.updatedAt, updatedAt: r.updatedAt, importedFrom: r.importedFrom };
}
function parseDrawing(r: DrawingRecord): Drawing | undefined {
  const shape = ShapeSchema.safeParse(r.shape);
  if (!shape.success || !r.layerId) return undefined;
  return { id: r.id, layerId: r.layerId, shape: shape.data as unknown as DrawingShape, createdAt: r.createdAt ?? r.updatedAt, updatedAt: r.updatedAt };
}

export function useDrawingLayers(): DrawingLayer[] | undefined {
  return useLiveQuery(async () => (await db.drawingLayers.toArray()).map(parseLayer).sort((a, b) => a.createdAt.localeCompare(b.createdAt)), []);
}

export function useDrawings(): Drawing[] | undefined {
  return useLiveQuery(async () => (await db.drawings.toArray()).map(parseDrawing).filter((d): d is Drawing => !!d), []);
}

const now = () => new Date().toISOString();

function layerRecord(l: DrawingLayer): DrawingLayerRecord {
  return { id: l.id, name: l.name, visible: l.visible, createdAt: l.createdAt, updatedAt: l.updatedAt, ...(l.importedFrom ? { importedFrom: l.importedFrom } : {}) };
}
function drawingRecord(d: Drawing): DrawingRecord {
  return { id: d.id, layerId: d.layerId, shape: d.shape, createdAt: d.createdAt, updatedAt: d.updatedAt };
}

export async function createLayer(name: string): Promise<string> {
  const t = now();
  const layer: DrawingLayer = { id: crypto.randomUUID(), name: name.trim().slice(0, 200), visible: true, createdAt: t, updatedAt: t };
  await undoStack.run({ label: 'undo.createLayer', changes: [{ table: 'drawingLayers', id: layer.id, after: layerRecord(layer) }] });
  return layer.id;
}

export async function updateLayer(layer: DrawingLayer, patch: Partial<Pick<DrawingLayer, 'name' | 'visible'>>, undoable = true) {
  const next = { ...layer, ...patch, updatedAt: now() };
  if (!undoable) return void (await db.drawingLayers.put(layerRecord(next)));
  await undoStack.run({ label: 'undo.editLayer', changes: [{ table: 'drawingLayers', id: layer.id, before: layerRecord(layer), after: layerRecord(next) }] });
}

export async function deleteLayer(layer: DrawingLayer) {
  const drawings = (await db.drawings.where('layerId').equals(layer.id).toArray());
  const changes: RecordChange[] = [
    ...drawings.map((d): RecordChange => ({ table: 'drawings', id: d.id, before: d })),
    { table: 'drawingLayers', id: layer.id, before: layerRecord(layer) },
  ];
  await undoStack.run({ label: 'undo.deleteLayer', changes });
}

export async function addDrawing(layerId: string, shape: DrawingShape, id: string = crypto.randomUUID()): Promise<string> {
  const t = now();
  const d: Drawing = { id, layerId, shape, createdAt: t, updatedAt: t };
  await undoStack.run({ label: 'undo.addShape', changes: [{ table: 'drawings', id, after: drawingRecord(d) }] });
  return id;
}

/** Adds typed shapes (several points at once, say) as one undoable step; returns their ids. */
export async function addDrawings(layerId: string, shapes: DrawingShape[]): Promise<string[]> {
  const t = now();
  const ds = shapes.map((shape): Drawing => ({ id: crypto.randomUUID(), layerId, shape, createdAt: t, updatedAt: t }));
  await undoStack.run({ label: 'undo.addShape', changes: ds.map((d): RecordChange => ({ table: 'drawings', id: d.id, after: drawingRecord(d) })) });
  return ds.map((d) => d.id);
}

export async function updateDrawing(d: Drawing, patch: Partial<DrawingShape>, label = 'undo.editShape') {
  const next: Drawing = { ...d, shape: { ...d.shape, ...patch }, updatedAt: now() };
  if (JSON.stringify(next.shape) === JSON.stringify(d.shape)) return;
  await undoStack.run({ label, changes: [{ table: 'drawings', id: d.id, before: drawingRecord(d), after: drawingRecord(next) }] });
}

export async function deleteDrawing(d: Drawing) {
  await undoStack.run({ label: 'undo.deleteShape', changes: [{ table: 'drawings', id: d.id, before: drawingRecord(d) }] });
}

/** Puts an import preview into a new layer, as one undoable step. */
export async function importAsLayer(preview: ImportPreview, fileName: string, layerName: string): Promise<string> {
  const t = now();
  const layer: DrawingLayer = {
    id: crypto.randomUUID(), name: layerName.trim().slice(0, 200) || preview.layerName, visible: true, createdAt: t, updatedAt: t,
    importedFrom: { fileName: fileName.slice(0, 255), format: preview.format, importedAt: t },
  };
  const changes: RecordChange[] = [{ table: 'drawingLayers', id: layer.id, after: layerRecord(layer) }];
  for (const shape of preview.shapes) {
    const id = crypto.randomUUID();
    changes.push({ table: 'drawings', id, after: drawingRecord({ id, layerId: layer.id, shape, createdAt: t, updatedAt: t }) });
  }
  await undoStack.run({ label: 'undo.importLayer', changes });
  return layer.id;
}

export type ExportFormat = 'geojson' | 'kml';

/** The file a layer exports to: name and text. */
export function exportLayer(layer: DrawingLayer, drawings: Drawing[], format: ExportFormat): { fileName: string; text: string } {
  const shapes = drawings.filter((d) => d.layerId === layer.id).map((d) => ({ ...d.shape, id: d.id }));
  const base = (layer.name || 'drawings').replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80);
  if (format === 'kml') return { fileName: `${base}.kml`, text: writeKml(shapes, layer.name) };
  return { fileName: `${base}.geojson`, text: `${JSON.stringify(writeGeoJson(shapes, layer.name), null, 2)}\n` };
}
