// Notes in Dexie, the things they can be about (deposits, facilities, corridors), the author name setting.
import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalizedName } from '../../../shared/pack';
import { db } from '../../db';
import type { AnnotationTargetKind } from '../../db/user-data';
import { parseAnnotation, type Annotation } from './model';
import { undoStack } from './session';

export interface TargetInfo {
  kind: AnnotationTargetKind;
  id: string;
  name: LocalizedName;
  position: [number, number];
}

export const targetKey = (kind: string, id: string) => `${kind}:${id}`;

export function useAnnotations(): Annotation[] | undefined {
  return useLiveQuery(async () => {
    const records = await db.annotations.toArray();
    return records.map(parseAnnotation).filter((a): a is Annotation => !!a).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, []);
}

/** Everything a note can be about in the current pack, keyed by targetKey. */
export function useTargets(): Map<string, TargetInfo> | undefined {
  return useLiveQuery(async () => {
    const [deposits, facilities, corridors] = await Promise.all([db.deposits.toArray(), db.facilities.toArray(), db.corridors.toArray()]);
    const out = new Map<string, TargetInfo>();
    for (const d of deposits) out.set(targetKey('deposit', d.id), { kind: 'deposit', id: d.id, name: d.name, position: [d.location.lon, d.location.lat] });
    for (const f of facilities) out.set(targetKey('facility', f.id), { kind: 'facility', id: f.id, name: f.name, position: [f.location.lon, f.location.lat] });
    for (const c of corridors) {
      const mid = c.geometry[Math.floor(c.geometry.length / 2)];
      out.set(targetKey('corridor', c.id), { kind: 'corridor', id: c.id, name: c.name, position: [mid[0], mid[1]] });
    }
    return out;
  }, []);
}

/** The name in the UI language, falling back to English. */
export function localName(name: LocalizedName | undefined, language: string): string {
  if (!name) return '';
  return (name as Record<string, string | undefined>)[language] || name.en;
}

export function useAuthorName(): [string | undefined, (name: string) => Promise<void>] {
  const value = useLiveQuery(async () => {
    const v = (await db.settings.get('authorName'))?.value;
    return typeof v === 'string' ? v : '';
  }, []);
  const set = async (name: string) => {
    await db.settings.put({ id: 'authorName', value: name.trim().slice(0, 100), updatedAt: new Date().toISOString() });
  };
  return [value, set];
}

const record = (a: Annotation) => structuredClone(a);

export function saveNewNote(a: Annotation) {
  return undoStack.run({ label: 'undo.createNote', changes: [{ table: 'annotations', id: a.id, after: record(a) }] });
}

export function saveNoteEdit(before: Annotation, after: Annotation, label = 'undo.editNote') {
  if (before === after) return Promise.resolve();
  return undoStack.run({ label, changes: [{ table: 'annotations', id: after.id, before: record(before), after: record(after) }] });
}

export function deleteNote(a: Annotation) {
  return undoStack.run({ label: 'undo.deleteNote', changes: [{ table: 'annotations', id: a.id, before: record(a) }] });
}
