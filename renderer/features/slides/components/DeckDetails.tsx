// Title, author, date and language of a deck, saved as the user leaves each field.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../model';

export function DeckDetails({ deck, onChange, onDelete }: { deck: Deck; onChange: (patch: Partial<Deck>) => void; onDelete: () => void }) {
  const { t } = useTranslation('slides');
  const { t: tApp } = useTranslation('app');
  const title = useRef<HTMLInputElement>(null);
  // "New deck" replaced the button that had focus: continue in the new deck's title rather than on <body>.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) title.current?.focus();
  }, []);
  const field = (key: 'title' | 'author' | 'date') => ({
    defaultValue: deck[key],
    onBlur: (e: React.FocusEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value.trim();
      if (value !== deck[key] && (key !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value))) onChange({ [key]: value });
    },
  });
  return (
    <details className="deck-details" open={deck.slides.length === 0}>
      <summary>
        <strong data-testid="deck-title">{deck.title}</strong> <span className="muted">· {t('slideCount', { count: deck.slides.length })}</span>
      </summary>
      <div className="form-grid">
        <label>
          {t('deck.title')}
          <input key={`t-${deck.id}`} ref={title} {...field('title')} />
        </label>
        <label>
          {t('deck.author')}
          <input key={`a-${deck.id}`} {...field('author')} />
        </label>
        <label>
          {t('deck.date')}
          <input key={`d-${deck.id}`} type="date" {...field('date')} />
        </label>
        <label>
          {t('deck.language')}
          <select value={deck.language} onChange={(e) => onChange({ language: e.currentTarget.value as Deck['language'] })}>
            {(['en', 'ko', 'mn'] as const).map((l) => (
              <option key={l} value={l}>
                {tApp(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" className="link-button danger" onClick={onDelete}>
        {t('deleteDeck')}
      </button>
    </details>
  );
}
