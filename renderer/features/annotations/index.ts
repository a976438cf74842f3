// What other features (and the app frame) may use from annotations.
export { undoStack, useUndoState, useUndoShortcuts } from './session';
export type { RecordChange, UndoCommand } from './undo';
export { Markdown } from './Markdown';
export { AnnotationsPanel } from './AnnotationsPanel';
export { AnnotationsMapSync } from './AnnotationsMapSync';
export { NotesForTarget, NOTES_PANEL, SelectionNotes } from './NotesForTarget';
export { useAnnotations } from './data';
export type { Annotation } from './model';
export { annotationsStrings } from './strings';
