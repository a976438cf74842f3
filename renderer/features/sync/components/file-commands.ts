// File menu commands: open a pack (or backup) through the platform's file dialog, save a backup.
import { db } from '../../../db';
import { platform } from '../../../platform';
import { importFileBytes, openRestore } from '../actions';
import { backupFileName, exportBackup } from '../core/backup';

export async function importPackFromDialog(): Promise<void> {
  const file = await platform().openFile({ filters: [{ name: 'Steppe Atlas data pack or backup', extensions: ['json'] }] });
  if (file) await importFileBytes(file.bytes, file.name);
}

export async function restoreFromDialog(): Promise<void> {
  const file = await platform().openFile({ filters: [{ name: 'Steppe Atlas backup', extensions: ['json'] }] });
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
