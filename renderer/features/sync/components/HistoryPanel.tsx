// Pack history: every applied pack, newest first; earlier ones can be rolled back to (after a preview).
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { useAppStore } from '../../../store';
import { preparePack } from '../actions';
import { usePackHistory } from '../hooks';
import { formatDateTime } from './format';

export function HistoryPanel() {
  const { t, i18n } = useTranslation('sync');
  const history = usePackHistory();
  const kept = useLiveQuery(async () => new Set(await db.packBodies.toCollection().primaryKeys()), []);
  const busy = useAppStore((s) => s.sync.name !== 'idle' && s.sync.name !== 'applied');
  if (!history) return null;
  if (history.length === 0) return <p className="sync-empty">{t('history.empty')}</p>;
  const current = history[0];
  return (
    <div className="sync-panel-body">
      <p className="muted small">{t('history.rollbackHint')}</p>
      <ol className="sync-history" data-testid="pack-history">
        {history.map((h) => {
          const isCurrent = h.seq === current.seq;
          const canRollBack = !isCurrent && h.checksum !== current.checksum && kept?.has(h.checksum);
          return (
            <li key={h.seq} className={isCurrent ? 'current' : undefined}>
              <div className="sync-history-head">
                <strong>
                  {h.title} v{h.version}
                </strong>
                {isCurrent && <span className="badge ok">{t('history.current')}</span>}
              </div>
              <p className="muted small">
                {t(`history.kind.${h.kind}`)} · {t('history.applied', { date: formatDateTime(h.appliedAt, i18n.language) })} ·{' '}
                {h.signer.status === 'verified' ? t('history.signer.verified', { label: h.signer.label }) : t('history.signer.unverified')}
              </p>
              <p className="small">
                {t('history.counts', h.counts)} · <span className="muted">{t('history.diff', h.diff.totals)}</span>
              </p>
              {canRollBack && (
                <button type="button" className="button small" disabled={busy} onClick={() => void preparePack({ kind: 'history', seq: h.seq! }, 'rollback')}>
                  {t('history.rollback')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
