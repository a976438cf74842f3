// Search over deposits, nodes, corridors and events (combobox + listbox pattern). Picking a result flies
// the map there and opens its detail.
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { activeMapController } from '../../map/active-map';
import { useAppStore } from '../../store';
import { useAtlasData } from '../deposits';
import { AtlasSearch, searchDocuments, type SearchHit } from './search-index';
import './search.css';

const KIND_ICON: Record<SearchHit['kind'], string> = { deposit: '◆', facility: '●', corridor: '━', event: '◷' };

export function SearchBox() {
  const { t, i18n } = useTranslation('search');
  const { t: ta } = useTranslation('atlas');
  const language = i18n.language as Language;
  const data = useAtlasData();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const listId = useId();
  const index = useMemo(() => (data ? new AtlasSearch(searchDocuments(data)) : undefined), [data]);
  const hits = useMemo(() => index?.search(deferred) ?? [], [index, deferred]);
  const showList = open && query.trim().length > 0;

  const pick = (hit: SearchHit) => {
    setOpen(false);
    setQuery(hit[language] || hit.en);
    const store = useAppStore.getState();
    if (hit.kind === 'event') {
      // Events have no place of their own: open the first deposit they name, if any.
      const event = data?.events.find((e) => e.id === hit.id);
      const deposit = event?.depositIds[0] && data?.deposits.find((d) => d.id === event.depositIds[0]);
      if (deposit) {
        store.select({ kind: 'deposit', id: deposit.id });
        activeMapController()?.flyTo([deposit.location.lon, deposit.location.lat], 7);
      }
      return;
    }
    store.select({ kind: hit.kind, id: hit.id });
    store.openPanel('details');
    if (hit.lon !== undefined && hit.lat !== undefined) activeMapController()?.flyTo([hit.lon, hit.lat], hit.kind === 'corridor' ? 5 : 7);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter' && showList && hits[active]) {
      e.preventDefault();
      pick(hits[active]);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      if (showList) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <div className="search-field">
        <svg viewBox="0 0 20 20" aria-hidden="true" className="search-icon"><circle cx="8.5" cy="8.5" r="5.5" /><path d="m13 13 4.5 4.5" /></svg>
        <input
          type="search"
          role="combobox"
          aria-label={t('label')}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          disabled={!index}
        />
      </div>
      {showList && (
        <div className="search-popup">
          <ul id={listId} role="listbox" aria-label={t('results')} className="search-results">
            {hits.map((hit, i) => (
              <li
                key={hit.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-result"
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(hit)}
              >
                <span className={`result-icon kind-${hit.kind}`} aria-hidden="true">{KIND_ICON[hit.kind]}</span>
                <span className="result-text">
                  <span className="result-name">{hit[language] || hit.en}</span>
                  <span className="result-meta">
                    {ta(`kind.${hit.kind}`)}
                    {language !== 'en' && hit[language] && ` · ${hit.en}`}
                    {language === 'en' && hit.mn && <span lang="mn-Cyrl"> · {hit.mn}</span>}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <p className="search-status" role="status">
            {hits.length ? t('count', { count: hits.length }) : t('none', { query: query.trim() })}
          </p>
        </div>
      )}
    </div>
  );
}
