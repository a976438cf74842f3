// Restore preview: what the backup holds, merge or replace, then one transaction.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyRestore, dismiss } from '../actions';
import type { Backup, RestoreMode, RestorePreview } from '../core/backup';
import { formatDateTime } from './format';
import { Modal } from './Modal';

export function RestoreDialog({ backup, preview }: { backup: Backup; preview: RestorePreview }) {
  const { t, i18n } = useTranslation('sync');
  const titleId = useId();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  return (
    <Modal labelledBy={titleId} onCancel={dismiss} busy={busy} testId="restore-preview">
      <header className="sync-dialog-header">
        <h2 id={titleId}>{t('restore.title')}</h2>
        <p className="muted">{t('restore.summary', { date: formatDateTime(preview.createdAt, i18n.language), ...preview.counts })}</p>
      </header>
      <div className="sync-dialog-body">
        <fieldset className="sync-choice">
          <label>
            <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            <span>
              <strong>{t('restore.merge')}</strong> — {t('restore.mergeHint')}
              <br />
              <span className="muted">{t('restore.mergeCounts', preview.merge)}</span>
            </span>
          </label>
          <label>
            <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            <span>
              <strong>{t('restore.replace')}</strong> — {t('restore.replaceHint')}
              {preview.replaceDeletes > 0 && (
                <>
                  <br />
                  <span className="warn-text">{t('restore.replaceWarning', { count: preview.replaceDeletes })}</span>
                </>
              )}
            </span>
          </label>
        </fieldset>
      </div>
      <footer className="sync-dialog-footer">
        <span />
        <div className="sync-buttons">
          <button type="button" className="button" onClick={dismiss} disabled={busy} data-autofocus>
            {t('preview.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void applyRestore(backup, mode);
            }}
          >
            {t('restore.apply')}
          </button>
        </div>
      </footer>
    </Modal>
  );
}
