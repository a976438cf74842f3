// Mounted once by the app: loads the bundled pack on first run, offers a newer bundled pack, answers the
// File menu, accepts files dropped on the window, and shows the sync dialogs.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPack, db, writeSetting } from '../../../db';
import { platform } from '../../../platform';
import { useAppStore } from '../../../store';
import { loadWithoutPreview, preparePack } from '../actions';
import { BUNDLED_PACK_URL } from '../bundled';
import { bundledPackToOffer } from '../core/bundled-offer';
import type { PackHeader } from '../core/plan';
import { syncClient } from '../worker/client';
import { afterMapFirstIdle } from '../../../map/first-idle';
import { ChangesOnMap } from './ChangesOnMap';
import { DropZone } from './DropZone';
import { exportBackupFile, importPackFromDialog } from './file-commands';
import { requestPersistence } from './storage';
import { SyncDialogs } from './SyncDialogs';
import '../sync.css';

let started: Promise<PackHeader | null> | undefined;

/** First run loads the bundled pack; later runs return the bundled header if it is newer and not dismissed. */
function startOnce(): Promise<PackHeader | null> {
  started ??= (async () => {
    void requestPersistence();
    if (!BUNDLED_PACK_URL) return null;
    const url = new URL(BUNDLED_PACK_URL, document.baseURI).href;
    const entry = await currentPack(db);
    if (!entry) {
      await loadWithoutPreview({ kind: 'url', url }, 'first-run');
      return null;
    }
    // Checking the bundled file for a newer pack is not urgent: let the map draw first.
    await afterMapFirstIdle();
    return bundledPackToOffer(db, await syncClient().peek(url));
  })();
  return started;
}

export function SyncRoot() {
  const { t } = useTranslation('sync');
  const [bundled, setBundled] = useState<PackHeader | null>(null);
  const [checked, setChecked] = useState(false);
  const openPanel = useAppStore((s) => s.openPanel);

  useEffect(() => {
    void startOnce().then((offer) => {
      setBundled(offer);
      setChecked(true);
    });
  }, []);

  useEffect(
    () =>
      platform().onMenuCommand((command) => {
        if (command === 'import-pack') void importPackFromDialog();
        if (command === 'export-backup') void exportBackupFile();
      }),
    [openPanel],
  );

  return (
    <>
      {bundled && (
        <div className="sync-banner" role="region" aria-label={t('bundled.review')} data-testid="bundled-offer">
          <p>{t('bundled.banner', { title: bundled.title, version: bundled.version })}</p>
          <button
            type="button"
            className="button primary small"
            onClick={() => {
              setBundled(null);
              void preparePack({ kind: 'url', url: new URL(BUNDLED_PACK_URL!, document.baseURI).href }, 'bundled-update');
            }}
          >
            {t('bundled.review')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => {
              // The banner goes once the choice is stored, so closing the app right after cannot bring it back.
              void writeSetting(db, 'dismissedBundledPack', bundled.checksum).then(() => setBundled(null));
            }}
          >
            {t('bundled.dismiss')}
          </button>
        </div>
      )}
      {/* Lets tests tell "no newer bundled pack" from "not checked yet". */}
      <span hidden data-testid="bundled-check" data-state={checked ? 'done' : 'pending'} />
      <DropZone />
      <SyncDialogs />
      <ChangesOnMap />
    </>
  );
}
