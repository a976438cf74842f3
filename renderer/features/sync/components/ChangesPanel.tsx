// "What changed since last briefing": the last applied diff in words, and a switch to highlight it on the map.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type PackHistoryEntry } from '../../../db';
import { useAppStore } from '../../../store';
import { useCurrentPack } from '../hooks';
import { DISPLAY_ORDER } from '../core/labels';
import { changeHighlightOf } from './change-highlight';
import { formatDateTime, labelIn } from './format';

export function ChangesPanel() {
  const { t, i18n } = useTranslation('sync');
  const entry = useCurrentPack();
  const highlight = useAppStore((s) => s.changeHighlight);
  const setHighlight = useAppStore((s) => s.setChangeHighlight);
  const changedDeposits = useLiveQuery(
    async () => (entry ? db.deposits.bulkGet(entry.diff.collections.deposits.changed.map((c) => c.id).concat(entry.diff.collections.deposits.added)) : []),
    [entry?.seq],
  );
  if (entry === undefined) return null;
  if (entry === null) return <p className="sync-empty">{t('changes.empty')}</p>;
  const { diff } = entry;
  const lang = i18n.language;
  const names = new Map((changedDeposits ?? []).filter((d) => d !== undefined).map((d) => [d!.id, labelIn(d!.name, lang)]));
  const anything = diff.totals.added + diff.totals.changed + diff.totals.removed > 0;
  const orphaned = diff.orphaned.annotations + diff.orphaned.drawings + diff.orphaned.decks;

  return (
    <div className="sync-panel-body" data-testid="changes-panel">
      <p className="sync-panel-lead">
        <strong>{t('changes.applied', { title: entry.title, version: entry.version, date: formatDateTime(entry.appliedAt, lang) })}</strong>
        <br />
        <span className="muted">{diff.fromVersion === null ? t('changes.firstLoad') : t('changes.since', { from: diff.fromVersion })}</span>
      </p>
      {!anything && <p className="sync-empty">{t('changes.nothing')}</p>}
      {anything && diff.fromVersion !== null && (
        <>
          <label className="sync-check">
            <input
              type="checkbox"
              checked={highlight !== null}
              onChange={(e) => setHighlight(e.target.checked ? changeHighlightOf(entry) : null)}
              data-testid="highlight-changes"
            />
            {t('changes.highlight')}
          </label>
          {highlight !== null && (
            <p className="sync-ring-legend" data-testid="changes-legend">
              <span className="sync-ring added" aria-hidden="true" /> {t('preview.added')}
              <span className="sync-ring changed" aria-hidden="true" /> {t('preview.changed')}
            </p>
          )}
          {orphaned > 0 && <p className="sync-notice warn">{t('changes.orphaned', { count: orphaned })}</p>}
          <ul className="sync-change-lines">
            {DISPLAY_ORDER.map((c) => {
              const d = diff.collections[c];
              if (d.added.length + d.changed.length + d.removed.length === 0) return null;
              return (
                <li key={c} data-testid={`changes-${c}`}>
                  <p>{t('changes.line', { collection: t(`collection.${c}`), added: d.added.length, changed: d.changed.length, removed: d.removed.length })}</p>
                  {c === 'deposits' && (
                    <ul className="sync-change-items">
                      {d.added.map((id) => (
                        <li key={`a-${id}`}>
                          <span className="sync-sign added" aria-hidden="true">+</span> {names.get(id) ?? id}
                        </li>
                      ))}
                      {d.changed.map((ch) => (
                        <li key={`c-${ch.id}`}>
                          <span className="sync-sign changed" aria-hidden="true">~</span> {names.get(ch.id) ?? ch.id}{' '}
                          <span className="muted">— {t('changes.changedFields', { fields: ch.fields.map((f) => t(`field.${f}`, { defaultValue: f })).join(', ') })}</span>
                        </li>
                      ))}
                      {d.removed.map((r) => (
                        <li key={`r-${r.id}`}>
                          <span className="sync-sign removed" aria-hidden="true">−</span> {labelIn(r.name, lang)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
