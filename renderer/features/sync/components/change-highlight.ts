// Which features the map highlights for an applied pack: what it added and what it changed, per collection.
import { COLLECTIONS } from '../../../../shared/pack';
import type { PackHistoryEntry } from '../../../db';
import type { ChangeHighlight } from '../../../store/pack';

/** Null when there is nothing to show: a first load (everything is new) or a pack identical to the previous one. */
export function changeHighlightOf(entry: PackHistoryEntry): ChangeHighlight | null {
  if (entry.diff.fromVersion === null) return null;
  const highlight = Object.fromEntries(
    COLLECTIONS.map((c) => [c, { added: [...entry.diff.collections[c].added], changed: entry.diff.collections[c].changed.map((x) => x.id) }]),
  );
  return Object.values(highlight).some((ids) => ids.added.length + ids.changed.length > 0) ? highlight : null;
}
