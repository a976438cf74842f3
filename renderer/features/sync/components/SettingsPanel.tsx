// Settings: persistent storage and space used, author name, backup and restore of user data.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, useSetting, writeSetting } from '../../../db';
import { exportBackupFile, restoreFromDialog } from './file-commands';
import { formatBytes } from './format';
import { readStorageState, requestPersistence, type StorageState } from './storage';

export function SettingsPanel() {
  const { t, i18n } = useTranslation('sync');
  const [storage, setStorage] = useState<StorageState | null>(null);
  const refresh = () => void readStorageState().then(setStorage);
  useEffect(refresh, []);
  const [exported, setExported] = useState<string | null>(null);
  const authorId = useId();
  const lang = i18n.language;

  return (
    <div className="sync-panel-body sync-settings" data-testid="settings-panel">
      <section aria-labelledby={`${authorId}-storage`}>
        <h3 id={`${authorId}-storage`}>{t('settings.storage')}</h3>
        {!storage ? (
          <p className="muted">{t('settings.checking')}</p>
        ) : (
          <>
            <p className={`sync-notice ${storage.persisted ? 'ok' : 'warn'}`} data-testid="storage-persisted" data-persisted={String(storage.persisted)}>
              {storage.persisted === null ? t('settings.unsupported') : storage.persisted ? t('settings.persisted') : t('settings.notPersisted')}
            </p>
            {storage.persisted === false && (
              <button type="button" className="button small" onClick={() => void requestPersistence().then(refresh)}>
                {t('settings.request')}
              </button>
            )}
            <p data-testid="storage-usage">
              {storage.usage !== null && storage.quota !== null
                ? t('settings.used', { used: formatBytes(storage.usage, lang), quota: formatBytes(storage.quota, lang) })
                : t('settings.usedUnknown')}
            </p>
            {storage.usage !== null && storage.quota ? (
              <div className="sync-meter" aria-hidden="true">
                <div style={{ width: `${Math.max(0.5, (storage.usage / storage.quota) * 100).toFixed(2)}%` }} />
              </div>
            ) : null}
          </>
        )}
      </section>

      <section>
        <h3>
          <label htmlFor={authorId}>{t('settings.author')}</label>
        </h3>
        <AuthorField id={authorId} />
        <p className="muted small">{t('settings.authorHint')}</p>
      </section>

      <section>
        <h3>{t('settings.backup')}</h3>
        <p className="muted small">{t('settings.backupBody')}</p>
        <div className="sync-buttons start">
          <button type="button" className="button" onClick={() => void exportBackupFile().then((r) => setExported(r.saved ? (r.name ?? '') : null))}>
            {t('settings.export')}
          </button>
          <button type="button" className="button" onClick={() => void restoreFromDialog()}>
            {t('settings.restore')}
          </button>
        </div>
        {exported !== null && (
          <p className="sync-notice ok" role="status">
            {t('settings.exported', { name: exported })}
          </p>
        )}
      </section>
    </div>
  );
}

function AuthorField({ id }: { id: string }) {
  const { t } = useTranslation('sync');
  const stored = useSetting(db, 'authorName');
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = () => {
    if (draft === null || draft.trim() === (stored ?? '')) return;
    void writeSetting(db, 'authorName', draft.trim()).then(() => setSaved(true));
  };
  return (
    <div className="sync-inline">
      <input
        id={id}
        className="text-input"
        value={draft ?? stored ?? ''}
        placeholder={t('settings.authorPlaceholder')}
        maxLength={120}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaved(false);
        }}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        data-testid="author-name"
      />
      {saved && (
        <span className="ok-text small" role="status">
          {t('settings.saved')}
        </span>
      )}
    </div>
  );
}
