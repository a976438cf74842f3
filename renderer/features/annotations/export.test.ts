import { describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/interchange';
import type { TargetInfo } from './data';
import { notesFile } from './export';
import { createAnnotation } from './model';

const targets = new Map<string, TargetInfo>([['deposit:oyu-tolgoi', { kind: 'deposit', id: 'oyu-tolgoi', name: { en: 'Oyu Tolgoi', mn: 'Оюу толгой' }, position: [106.86, 43.0] }]]);
const now = '2026-03-01T10:00:00.000Z';

describe('notes export', () => {
  const kept = createAnnotation({ target: { kind: 'deposit', id: 'oyu-tolgoi' }, author: 'Bolormaa', now, body: 'Smelter <talks> & **offtake**', tags: ['copper'], flags: [{ id: 'priority', color: '#dc2626' }] });
  const gone = {
    ...createAnnotation({ target: { kind: 'deposit', id: 'khotgor-ree', name: { en: 'Khotgor REE' } }, author: 'Bat', now, body: 'REE offtake' }),
    orphan: { depositId: 'khotgor-ree', lastKnownName: { en: 'Khotgor REE' }, lastKnownPosition: [91.1, 48.9] as [number, number], removedInPackVersion: 2, flaggedAt: now },
  };

  it('places each note at what it is about, in the UI language, with tags, flags and author as properties', () => {
    const file = notesFile([kept, gone], targets, 'mn', 'geojson', 'Notes');
    const fc = JSON.parse(file.text);
    expect(file.count).toBe(2);
    expect(fc.features[0]).toMatchObject({ geometry: { coordinates: [106.86, 43.0] }, properties: { name: 'Оюу толгой', description: kept.body, tags: 'copper', flags: 'priority', author: 'Bolormaa', 'marker-color': '#dc2626' } });
    // A note whose deposit left the pack goes where the deposit last was, marked as such.
    expect(fc.features[1]).toMatchObject({ geometry: { coordinates: [91.1, 48.9] }, properties: { name: 'Khotgor REE', missing_from_pack: true } });
  });

  it('writes KML that Google Earth-style readers get the same words from', () => {
    const file = notesFile([kept], targets, 'en', 'kml', 'Notes & drawings');
    const back = importFile(file.fileName, new TextEncoder().encode(file.text));
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
    expect(back.preview.layerName).toBe('Notes & drawings');
    expect(back.preview.shapes[0]).toMatchObject({ name: 'Oyu Tolgoi', description: kept.body });
    expect(back.preview.shapes[0].extra).toMatchObject({ tags: 'copper', author: 'Bolormaa' });
  });
});
