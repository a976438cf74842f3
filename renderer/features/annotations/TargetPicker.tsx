// Choose what a new note is about: type a deposit, facility or corridor name in any language.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type TargetInfo } from './data';

export function TargetPicker({ targets, onPick, onCancel }: { targets: Map<string, TargetInfo> | undefined; onPick: (t: TargetInfo) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('annotations');
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const all = [...(targets?.values() ?? [])];
    const hit = (x: TargetInfo) => !q || Object.values(x.name).some((n) => n?.toLocaleLowerCase().includes(q)) || x.id.includes(q);
    return all.filter(hit).sort((a, b) => localName(a.name, i18n.language).localeCompare(localName(b.name, i18n.language))).slice(0, 12);
  }, [targets, query, i18n.language]);

  return (
    <div className="target-picker" role="dialog" aria-label={t('picker.label')}>
      <label htmlFor="target-query">{t('picker.label')}</label>
      <input id="target-query" type="search" autoFocus value={query} placeholder={t('picker.placeholder')} onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); if (e.key === 'Enter' && matches[0]) onPick(matches[0]); }} />
      {targets && targets.size === 0 ? (
        <p className="empty-hint">{t('picker.noPack')}</p>
      ) : (
        <ul className="target-options">
          {matches.map((x) => (
            <li key={`${x.kind}:${x.id}`}>
              <button type="button" onClick={() => onPick(x)}>
                <span className={`target-kind kind-${x.kind}`}>{t(`kind.${x.kind}`)}</span> {localName(x.name, i18n.language)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button" onClick={onCancel}>{t('editor.cancel')}</button>
    </div>
  );
}
