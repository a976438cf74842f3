import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../../shared/interchange';
import { db } from '../../db';
import { undoStack } from '../annotations';
import { parseCoordinates, pointAt, shapesFromText } from './coordinates';
import { addDrawings, createLayer } from './data';

describe('reading typed coordinates', () => {
  it('reads latitude-first pairs on lines or separated by ";" into longitude-first positions', () => {
    const parsed = parseCoordinates('47.92, 106.92\n43.02 106.85; −44.5,  -70.1° ');
    expect(parsed).toEqual({ ok: true, positions: [[106.92, 47.92], [106.85, 43.02], [-70.1, -44.5]] });
  });

  it('names the entry that is not a pair of numbers', () => {
    expect(parseCoordinates('47.9, 106.9\nUlaanbaatar')).toEqual({ ok: false, problem: { code: 'unreadable', entry: 2, text: 'Ulaanbaatar' } });
    expect(parseCoordinates('  \n ; ')).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('refuses latitudes and longitudes out of range and spots a longitude typed first', () => {
    expect(parseCoordinates('106.9, 47.9')).toMatchObject({ ok: false, problem: { code: 'latitude', entry: 1, value: 106.9, swapped: true } });
    expect(parseCoordinates('47.9, 106.9; 95, 200')).toMatchObject({ ok: false, problem: { code: 'latitude', entry: 2, swapped: false } });
    expect(parseCoordinates('47.9, 186.9')).toMatchObject({ ok: false, problem: { code: 'longitude', entry: 1, value: 186.9 } });
  });
});

describe('shapes from typed coordinates', () => {
  const ring = '47.9, 106.9\n43.0, 106.8\n44.0, 111.0';

  it('closes a polygon ring, and does not double a closing corner the user typed', () => {
    const typed = shapesFromText(ring, 'polygon', DEFAULT_STYLE);
    const closed = shapesFromText(`${ring}\n47.9, 106.9`, 'polygon', DEFAULT_STYLE);
    const expected = [[[106.9, 47.9], [106.8, 43.0], [111.0, 44.0], [106.9, 47.9]]];
    expect(typed.ok && typed.shapes[0].geometry).toEqual({ type: 'Polygon', coordinates: expected });
    expect(closed.ok && closed.shapes[0].geometry).toEqual({ type: 'Polygon', coordinates: expected });
  });

  it('refuses a polygon with fewer than three different corners and a line with one point', () => {
    expect(shapesFromText('47.9, 106.9; 43, 106.8; 47.9, 106.9', 'polygon', DEFAULT_STYLE)).toEqual({ ok: false, problem: { code: 'tooFew', kind: 'polygon', needed: 3, got: 2 } });
    expect(shapesFromText('47.9, 106.9; 47.9, 106.9', 'line', DEFAULT_STYLE)).toEqual({ ok: false, problem: { code: 'tooFew', kind: 'line', needed: 2, got: 1 } });
  });

  it('makes one point per pair and a line through all pairs', () => {
    const points = shapesFromText(ring, 'point', DEFAULT_STYLE);
    expect(points.ok && points.shapes.map((s) => s.geometry)).toEqual([
      { type: 'Point', coordinates: [106.9, 47.9] }, { type: 'Point', coordinates: [106.8, 43.0] }, { type: 'Point', coordinates: [111.0, 44.0] },
    ]);
    const line = shapesFromText(ring, 'line', DEFAULT_STYLE);
    expect(line.ok && line.shapes[0].geometry).toEqual({ type: 'LineString', coordinates: [[106.9, 47.9], [106.8, 43.0], [111.0, 44.0]] });
  });

  it('puts a point at the map centre', () => {
    expect(pointAt({ lng: 106.917123456, lat: 47.918765432 }, DEFAULT_STYLE).geometry).toEqual({ type: 'Point', coordinates: [106.91712, 47.91877] });
  });
});

describe('adding typed shapes to a layer', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    undoStack.clear();
  });

  it('adds typed points in one step that undo removes and redo brings back', async () => {
    const layerId = await createLayer('Survey');
    const typed = shapesFromText('47.9, 106.9; 43.0, 106.8', 'point', DEFAULT_STYLE);
    if (!typed.ok) throw new Error('should parse');
    const ids = await addDrawings(layerId, typed.shapes);
    const stored = await db.drawings.bulkGet(ids);
    expect(stored.map((d) => [d?.layerId, d?.shape?.geometry])).toEqual([
      [layerId, { type: 'Point', coordinates: [106.9, 47.9] }], [layerId, { type: 'Point', coordinates: [106.8, 43.0] }],
    ]);
    await undoStack.undo();
    expect(await db.drawings.count()).toBe(0);
    expect(await db.drawingLayers.count()).toBe(1);
    await undoStack.redo();
    expect(await db.drawings.count()).toBe(2);
  });
});
