// Puts a badge on every annotated deposit, facility or corridor (count, colour of the first flag); a red ring
// marks notes whose deposit left the data pack. Also owns the global undo/redo shortcuts.
import { useEffect } from 'react';
import { showAnnotationBadges, type BadgeInput } from '../../map/drawing';
import { targetKey, useAnnotations, useTargets } from './data';
import { useUndoShortcuts } from './session';
import { useAnnotationsUi } from './ui-state';

const NEUTRAL = '#475569';

export function AnnotationsMapSync() {
  const annotations = useAnnotations();
  const targets = useTargets();
  const showBadges = useAnnotationsUi((s) => s.showBadges);
  useUndoShortcuts();

  useEffect(() => {
    if (!annotations || !targets) return;
    const byPlace = new Map<string, BadgeInput>();
    for (const a of annotations) {
      const key = targetKey(a.target.kind, a.target.id);
      const target = targets.get(key);
      const orphan = a.orphan as { lastKnownPosition?: [number, number] } | undefined;
      const position = target?.position ?? orphan?.lastKnownPosition;
      if (!position) continue;
      const badge = byPlace.get(key) ?? { position, count: 0, color: NEUTRAL, orphan: !target };
      badge.count++;
      if (badge.color === NEUTRAL && a.flags[0]) badge.color = a.flags[0].color;
      byPlace.set(key, badge);
    }
    showAnnotationBadges([...byPlace.values()], showBadges);
  }, [annotations, targets, showBadges]);

  return null;
}
