// Header buttons: import a pack, pack history, settings. And the status-bar button for "what changed".
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { importPackFromDialog } from './file-commands';
import type { SyncPanelId } from './panels';

function useToggle(panel: SyncPanelId) {
  const open = useAppStore((s) => s.panel === panel);
  const openPanel = useAppStore((s) => s.openPanel);
  return [open, () => openPanel(open ? null : panel)] as const;
}

export function SyncToolbar() {
  const { t } = useTranslation('sync');
  const [historyOpen, toggleHistory] = useToggle('sync-history');
  const [settingsOpen, toggleSettings] = useToggle('sync-settings');
  const busy = useAppStore((s) => s.sync.name !== 'idle' && s.sync.name !== 'applied');
  return (
    <div className="sync-toolbar" role="group">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body>, and the dialogs give focus back to it. */}
      <button type="button" className="icon-button" onClick={() => !busy && void importPackFromDialog()} aria-disabled={busy} data-testid="import-pack">
        <span aria-hidden="true">⇪</span>
        <span className="icon-button-text">{t('toolbar.import')}</span>
      </button>
      <button type="button" className="icon-button" aria-pressed={historyOpen} onClick={toggleHistory} title={t('toolbar.history')} aria-label={t('toolbar.history')}>
        <span aria-hidden="true">⟲</span>
      </button>
      <button type="button" className="icon-button" aria-pressed={settingsOpen} onClick={toggleSettings} title={t('toolbar.settings')} aria-label={t('toolbar.settings')}>
        <span aria-hidden="true">⚙</span>
      </button>
    </div>
  );
}

export function ChangesButton() {
  const { t } = useTranslation('sync');
  const [open, toggle] = useToggle('sync-changes');
  return (
    <button type="button" className="status-button" aria-pressed={open} onClick={toggle} data-testid="open-changes">
      {t('changes.open')}
    </button>
  );
}
