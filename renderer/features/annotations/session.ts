// The session's undo stack, shared by notes and drawings (Ctrl+Z / Ctrl+Shift+Z).
import { useEffect, useSyncExternalStore } from 'react';
import { db } from '../../db';
import { UndoStack } from './undo';

export const undoStack = new UndoStack(() => db);

export function useUndoState() {
  useSyncExternalStore(undoStack.subscribe, () => undoStack.snapshot);
  return { canUndo: undoStack.canUndo, canRedo: undoStack.canRedo, nextUndo: undoStack.nextUndo, nextRedo: undoStack.nextRedo };
}

/** True when the key press belongs to a text field, whose own undo must win. */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'range', 'color'].includes((el as HTMLInputElement).type));
}

/** Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo, anywhere but inside a text field. */
export function useUndoShortcuts(onDone?: (what: 'undo' | 'redo', label: string | undefined) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      const undo = key === 'z' && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      void (redo ? undoStack.redo() : undoStack.undo()).then((c) => onDone?.(redo ? 'redo' : 'undo', c?.label));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDone]);
}
