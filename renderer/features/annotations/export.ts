// Notes as map features for GeoJSON/KML: a point at what the note is about, the note as description,
// tags, flags, author and dates as properties other tools can filter on.
import { DEFAULT_STYLE, writeGeoJson, writeKml, type DrawingShape } from '../../../shared/interchange';
import { localName, targetKey, type TargetInfo } from './data';
import type { Annotation } from './model';

export function notesAsShapes(notes: readonly Annotation[], targets: ReadonlyMap<string, TargetInfo>, language: string): Array<DrawingShape & { id: string }> {
  const out: Array<DrawingShape & { id: string }> = [];
  for (const a of notes) {
    const target = targets.get(targetKey(a.target.kind, a.target.id));
    const orphan = a.orphan as { lastKnownPosition?: [number, number] } | undefined;
    const position = target?.position ?? orphan?.lastKnownPosition;
    if (!position) continue;
    const color = a.flags[0]?.color ?? '#475569';
    out.push({
      id: a.id,
      kind: 'point',
      geometry: { type: 'Point', coordinates: position },
      name: localName(target?.name ?? a.target.name, language) || a.target.id,
      description: a.body,
      style: { ...DEFAULT_STYLE, stroke: color, markerColor: color },
      extra: {
        about: `${a.target.kind}:${a.target.id}`,
        tags: a.tags.join('; '),
        flags: a.flags.map((f) => f.id).join('; '),
        author: a.author,
        created: a.createdAt,
        updated: a.updatedAt,
        ...(target ? {} : { missing_from_pack: true }),
      },
    });
  }
  return out;
}

export function notesFile(notes: readonly Annotation[], targets: ReadonlyMap<string, TargetInfo>, language: string, format: 'geojson' | 'kml', title: string) {
  const shapes = notesAsShapes(notes, targets, language);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'kml') return { fileName: `notes-${stamp}.kml`, text: writeKml(shapes, title), count: shapes.length };
  return { fileName: `notes-${stamp}.geojson`, text: `${JSON.stringify(writeGeoJson(shapes, title), null, 2)}\n`, count: shapes.length };
}
