import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SteppeDatabase } from '../../db';
import { createAnnotation, editAnnotation } from './model';
import { UndoStack } from './undo';

let db: SteppeDatabase;
afterEach(async () => db?.delete());

describe('undo stack over the database', () => {
  it('undoes and redoes create, edit and delete of a note, in order', async () => {
    db = openDatabase(`undo-${crypto.randomUUID()}`);
    const stack = new UndoStack(() => db);
    const a = createAnnotation({ target: { kind: 'deposit', id: 'd1' }, author: 'A', now: '2026-01-01T00:00:00Z', body: 'first' });
    const b = editAnnotation(a, { body: 'second' }, 'A', '2026-01-01T00:01:00Z');
    await stack.run({ label: 'undo.createNote', changes: [{ table: 'annotations', id: a.id, after: a }] });
    await stack.run({ label: 'undo.editNote', changes: [{ table: 'annotations', id: a.id, before: a, after: b }] });
    await stack.run({ label: 'undo.deleteNote', changes: [{ table: 'annotations', id: a.id, before: b }] });
    expect(await db.annotations.get(a.id)).toBeUndefined();

    expect((await stack.undo())?.label).toBe('undo.deleteNote');
    expect((await db.annotations.get(a.id))?.body).toBe('second');
    await stack.undo();
    expect((await db.annotations.get(a.id))?.body).toBe('first');
    await stack.undo();
    expect(await db.annotations.get(a.id)).toBeUndefined();
    expect(stack.canUndo).toBe(false);
    expect(await stack.undo()).toBeUndefined();

    await stack.redo();
    await stack.redo();
    expect((await db.annotations.get(a.id))?.body).toBe('second');
    expect(stack.nextRedo).toBe('undo.deleteNote');
    // A new edit after undo drops the redo branch.
    await stack.run({ label: 'undo.editNote', changes: [{ table: 'annotations', id: a.id, before: b, after: { ...b, body: 'third' } }] });
    expect(stack.canRedo).toBe(false);
  });

  it('undoes a multi-record change (a layer and its drawings) in one step', async () => {
    db = openDatabase(`undo-${crypto.randomUUID()}`);
    const stack = new UndoStack(() => db);
    const now = '2026-01-01T00:00:00Z';
    await stack.run({
      label: 'undo.importLayer',
      changes: [
        { table: 'drawingLayers', id: 'L', after: { id: 'L', updatedAt: now, name: 'Imported' } },
        { table: 'drawings', id: 'd1', after: { id: 'd1', updatedAt: now, layerId: 'L' } },
        { table: 'drawings', id: 'd2', after: { id: 'd2', updatedAt: now, layerId: 'L' } },
      ],
    });
    expect(await db.drawings.where('layerId').equals('L').count()).toBe(2);
    await stack.undo();
    expect(await db.drawings.count()).toBe(0);
    expect(await db.drawingLayers.count()).toBe(0);
  });
});
