// Session undo/redo for user data. A command is a list of record snapshots (before → after) in the
// user-data tables; undo writes the befores, redo the afters, each in one transaction.
import type { AnnotationRecord, DrawingLayerRecord, DrawingRecord, SteppeDatabase } from '../../db';

export type UndoTable = 'annotations' | 'drawings' | 'drawingLayers';
type RecordOf<T extends UndoTable> = T extends 'annotations' ? AnnotationRecord : T extends 'drawings' ? DrawingRecord : DrawingLayerRecord;

export type RecordChange = { [T in UndoTable]: { table: T; id: string; before?: RecordOf<T>; after?: RecordOf<T> } }[UndoTable];

export interface UndoCommand {
  /** i18n key (annotations namespace) naming what was done, e.g. 'undo.editNote'. */
  label: string;
  changes: RecordChange[];
}

export const UNDO_LIMIT = 100;

async function write(db: SteppeDatabase, changes: RecordChange[], side: 'before' | 'after') {
  const tables = [...new Set(changes.map((c) => c.table))].map((t) => db[t]);
  await db.transaction('rw', tables, async () => {
    for (const c of changes) {
      const record = c[side];
      const table = db[c.table] as unknown as { put(r: unknown): Promise<unknown>; delete(id: string): Promise<void> };
      if (record) await table.put(structuredClone(record));
      else await table.delete(c.id);
    }
  });
}

export class UndoStack {
  private done: UndoCommand[] = [];
  private undone: UndoCommand[] = [];
  private listeners = new Set<() => void>();
  private busy: Promise<unknown> = Promise.resolve();
  private version = 0;

  constructor(private readonly db: () => SteppeDatabase) {}

  /** Applies the command's "after" state and records it. Use for every user edit of annotations and drawings. */
  async run(command: UndoCommand): Promise<void> {
    await this.serial(async () => {
      await write(this.db(), command.changes, 'after');
      this.done.push(command);
      if (this.done.length > UNDO_LIMIT) this.done.shift();
      this.undone = [];
    });
  }

  async undo(): Promise<UndoCommand | undefined> {
    return this.serial(async () => {
      const command = this.done.pop();
      if (!command) return undefined;
      await write(this.db(), [...command.changes].reverse(), 'before');
      this.undone.push(command);
      return command;
    });
  }

  async redo(): Promise<UndoCommand | undefined> {
    return this.serial(async () => {
      const command = this.undone.pop();
      if (!command) return undefined;
      await write(this.db(), command.changes, 'after');
      this.done.push(command);
      return command;
    });
  }

  get canUndo() {
    return this.done.length > 0;
  }
  get canRedo() {
    return this.undone.length > 0;
  }
  /** Labels for the UI ("Undo edit note"). */
  get nextUndo() {
    return this.done.at(-1)?.label;
  }
  get nextRedo() {
    return this.undone.at(-1)?.label;
  }
  /** Changes on every run/undo/redo; for useSyncExternalStore. */
  get snapshot() {
    return this.version;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  clear() {
    this.done = [];
    this.undone = [];
    this.notify();
  }

  private notify() {
    this.version++;
    for (const l of this.listeners) l();
  }

  // One at a time: a second Ctrl+Z while the first is writing waits for it.
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.busy.then(task, task);
    this.busy = next.catch(() => undefined);
    return next.finally(() => this.notify());
  }
}
