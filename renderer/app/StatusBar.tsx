import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc';
import { platform } from '../platform';
import { ChangesButton } from '../features/sync';

/** The loaded pack's title and version, once the store provides it. */
export interface LoadedPackLabel {
  title: string;
  version: number | string;
}

export function StatusBar({ pack }: { pack?: LoadedPackLabel | null }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    void platform().getAppInfo().then(setInfo);
  }, []);

  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-item" data-testid="pack-status">
        <span className="status-dot" aria-hidden="true" />
        {t('status.offline')} — {pack ? t('status.pack', { title: pack.title, version: pack.version }) : t('status.noPack')}
      </span>
      <ChangesButton />
      <span className="status-spacer" />
      {info && (
        <span className="status-item muted">
          {info.shell === 'web' ? t('status.shellWeb') : t('status.shellElectron')} · v{info.version}
        </span>
      )}
    </footer>
  );
}
