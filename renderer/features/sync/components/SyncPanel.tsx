// The side-panel content for the sync panels, with a heading and a close button.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { ChangesPanel } from './ChangesPanel';
import { HistoryPanel } from './HistoryPanel';
import type { SyncPanelId } from './panels';
import { SettingsPanel } from './SettingsPanel';

const TITLES: Record<SyncPanelId, string> = { 'sync-changes': 'changes.title', 'sync-history': 'history.title', 'sync-settings': 'settings.title' };

export function SyncPanel({ panel }: { panel: SyncPanelId }) {
  const { t } = useTranslation('sync');
  const openPanel = useAppStore((s) => s.openPanel);
  const headingId = useId();
  return (
    <section className="sync-panel" aria-labelledby={headingId} data-testid={panel}>
      <header className="sync-panel-header">
        <h2 id={headingId}>{t(TITLES[panel])}</h2>
        <button type="button" className="icon-button small" onClick={() => openPanel(null)} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </header>
      {panel === 'sync-changes' && <ChangesPanel />}
      {panel === 'sync-history' && <HistoryPanel />}
      {panel === 'sync-settings' && <SettingsPanel />}
    </section>
  );
}
