import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { isSyncPanel, SyncPanel } from '../features/sync';

export function SidePanel() {
  const { t } = useTranslation();
  const panel = useAppStore((s) => s.panel);
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      {isSyncPanel(panel) ? <SyncPanel panel={panel} /> : (
      <div className="empty-state">
        <svg viewBox="0 0 64 64" aria-hidden="true" className="empty-illustration">
          <circle cx="32" cy="32" r="26" />
          <path d="M18 40 L28 26 L34 33 L40 24 L48 40 Z" />
        </svg>
        <h2>{t('panel.empty.title')}</h2>
        <p>{t('panel.empty.body')}</p>
      </div>
      )}
    </aside>
  );
}
