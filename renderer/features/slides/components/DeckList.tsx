// Every saved deck, newest first, with "New deck" and an empty state that says what a deck is.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { createDeck } from '../model';
import { useDecks, saveDeck } from '../repository';

export function DeckList() {
  const { t, i18n } = useTranslation('slides');
  const decks = useDecks();
  const openDeck = useAppStore((s) => s.openDeck);
  const requestExport = useAppStore((s) => s.requestExport);

  const create = async () => {
    const language = (['en', 'ko', 'mn'] as const).find((l) => l === i18n.language) ?? 'en';
    const deck = createDeck({ title: t('untitledDeck'), language });
    await saveDeck(deck);
    openDeck(deck.id);
  };

  return (
    <div className="deck-list">
      <header className="slides-header">
        <h2>{t('decks')}</h2>
        <div className="slides-header-actions">
          <button type="button" className="button" onClick={() => requestExport({ kind: 'view' })}>
            {t('exportView')}
          </button>
          <button type="button" className="button primary" onClick={() => void create()}>
            + {t('newDeck')}
          </button>
        </div>
      </header>
      {decks === undefined ? (
        <div className="slides-loading" role="status">
          <span className="spinner" aria-hidden="true" />
        </div>
      ) : decks.decks.length === 0 ? (
        <div className="empty-state">
          <svg viewBox="0 0 64 64" aria-hidden="true" className="empty-illustration">
            <rect x="10" y="14" width="44" height="30" rx="3" />
            <path d="M16 38 L26 26 L32 32 L38 24 L48 38 Z" />
            <path d="M24 52 H40 M32 44 V52" />
          </svg>
          <h2>{t('noDecks.title')}</h2>
          <p>{t('noDecks.body')}</p>
        </div>
      ) : (
        <ul className="deck-cards">
          {decks.decks.map((deck) => (
            <li key={deck.id}>
              <button type="button" className="deck-card" onClick={() => openDeck(deck.id)}>
                {deck.slides.find((s) => s.thumbnail)?.thumbnail ? (
                  <img src={deck.slides.find((s) => s.thumbnail)!.thumbnail!} alt="" />
                ) : (
                  <span className="deck-card-blank" aria-hidden="true" />
                )}
                <span className="deck-card-text">
                  <strong>{deck.title}</strong>
                  <span className="muted">
                    {deck.date} · {t('slideCount', { count: deck.slides.length })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {decks && decks.unreadable > 0 && (
        <p className="slides-warning" role="status">
          {t('unreadable', { count: decks.unreadable })}
        </p>
      )}
    </div>
  );
}
