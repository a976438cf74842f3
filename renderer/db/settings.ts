// Typed reads and writes of one setting (`settings` table, one row per key).
import { useLiveQuery } from 'dexie-react-hooks';
import type { SteppeDatabase } from './index';
import type { SettingKey, SettingRecord, Settings } from './user-data';

export async function readSetting<K extends SettingKey>(db: SteppeDatabase, key: K): Promise<Settings[K] | undefined> {
  const row = (await db.settings.get(key)) as SettingRecord<K> | undefined;
  return row?.value;
}

export async function writeSetting<K extends SettingKey>(db: SteppeDatabase, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ id: key, value, updatedAt: new Date().toISOString() } as SettingRecord);
}

/** Live value of one setting; undefined while loading or unset. */
export function useSetting<K extends SettingKey>(db: SteppeDatabase, key: K): Settings[K] | undefined {
  return useLiveQuery(() => readSetting(db, key), [db, key]);
}
