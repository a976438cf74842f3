// Named scenarios, kept in the database's settings (user data: survives every pack import).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedScenarioSchema, type SavedScenario } from '../../../shared/routes';
import { db } from '../../db';
import { useAppStore } from '../../store';

const KEY = 'analysisScenarios' as const;

async function readSaved(): Promise<SavedScenario[]> {
  const row = await db.settings.get(KEY);
  const list = Array.isArray(row?.value) ? row.value : [];
  return list.flatMap((x) => {
    const parsed = SavedScenarioSchema.safeParse(x);
    return parsed.success ? [parsed.data] : [];
  });
}

async function writeSaved(list: SavedScenario[]) {
  await db.settings.put({ id: KEY, value: list, updatedAt: new Date().toISOString() });
}

export function SavedScenarios() {
  const { t, i18n } = useTranslation('analysis');
  const saved = useLiveQuery(readSaved, [], []);
  const scenario = useAppStore((s) => s.scenario);
  const replace = useAppStore((s) => s.replaceScenario);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const entry: SavedScenario = { id: crypto.randomUUID(), name: trimmed, scenario, savedAt: new Date().toISOString() };
    await db.transaction('rw', db.settings, async () => writeSaved([...(await readSaved()).filter((s) => s.name !== trimmed), entry]));
    setName('');
    setMessage(t('saved.saved', { name: trimmed }));
  };
  const remove = async (id: string) => {
    await db.transaction('rw', db.settings, async () => writeSaved((await readSaved()).filter((s) => s.id !== id)));
  };

  return (
    <section className="an-section" aria-labelledby="an-saved-title" data-testid="saved-scenarios">
      <h3 id="an-saved-title">{t('saved.title')}</h3>
      <form className="an-row" onSubmit={save}>
        <label className="an-field an-grow">
          <span className="visually-hidden">{t('saved.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('saved.placeholder')} maxLength={120} />
        </label>
        <button type="submit" className="an-button" disabled={!name.trim()}>{t('saved.save')}</button>
      </form>
      <p className="an-meta" role="status">{message}</p>
      {saved.length === 0 ? (
        <p className="an-muted">{t('saved.empty')}</p>
      ) : (
        <ul className="an-saved">
          {saved.map((s) => (
            <li key={s.id}>
              <span className="an-saved-name">{s.name}</span>
              <span className="an-meta">{new Date(s.savedAt).toLocaleDateString(i18n.language)}</span>
              <button type="button" className="an-button an-small" onClick={() => replace(s.scenario)}>{t('saved.apply')}</button>
              <button type="button" className="an-link" onClick={() => void remove(s.id)}>{t('saved.delete')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
