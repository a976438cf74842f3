// File menu commands: open a pack (or backup) through the platform's file dialog, save a backup.
import { db } from '../../../db';
import { FileTooLargeError, platform } from '../../../platform';
import { useAppStore } from '../../../store';
import { importFileBytes, openRestore } from '../actions';
import { backupFileName, exportBackup } from '../core/backup';

type Opened = Awaited<ReturnType<ReturnType<typeof platform>['openFile']>>;

/**
 * Opens a file through the platform dialog. A file over the size limit is refused before it is read
 * (FileTooLargeError in the browser; in Electron the main process refuses with "…; the limit is … MB."),
 * and the user sees the same refusal as for a dropped file instead of nothing.
 */
async function openOrRefuse(request: Parameters<ReturnType<typeof platform>['openFile']>[0]): Promise<Opened> {
  try {
    return await platform().openFile(request);
  } catch (error) {
    const tooLarge = error instanceof FileTooLargeError || /the limit is \d+ MB/.test(String(error));
    useAppStore.getState().setSync({ name: 'refused', refusal: { code: tooLarge ? 'too-large' : 'not-text', details: [String(error)] } });
    return null;
  }
}

export async function importPackFromDialog(): Promise<void> {
  const file = await openOrRefuse({ filters: [{ name: 'Steppe Atlas data pack or backup', extensions: ['json'] }] });
  if (file) await importFileBytes(file.bytes, file.name);
}

export async function restoreFromDialog(): Promise<void> {
  const file = await openOrRefuse({ filters: [{ name: 'Steppe Atlas backup', extensions: ['json'] }] });
  if (file) await openRestore(file.bytes, file.name);
}

export async function exportBackupFile(): Promise<{ saved: boolean; name?: string }> {
  const info = await platform().getAppInfo();
  const backup = await exportBackup(db, info.version);
  const result = await platform().saveFile({
    suggestedName: backupFileName(),
    filters: [{ name: 'Steppe Atlas backup', extensions: ['json'] }],
    data: JSON.stringify(backup, null, 1),
  });
  return result.saved ? { saved: true, name: result.name } : { saved: false };
}
