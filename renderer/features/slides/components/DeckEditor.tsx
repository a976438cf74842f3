// The open deck: its details, the slide list (reorder by drag or Alt + arrows) and the selected slide.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { deleteDeck, useDeck } from '../repository';
import { DeckDetails } from './DeckDetails';
import { SlideEditor } from './SlideEditor';
import { SlideList } from './SlideList';
import { useDeckActions } from './useDeckActions';
import type { SlidesPanelProps } from './SlidesPanel';

export function DeckEditor({ deckId, onPresent }: { deckId: string } & SlidesPanelProps) {
  const { t } = useTranslation('slides');
  const deck = useDeck(deckId);
  const openDeck = useAppStore((s) => s.openDeck);
  const activeSlideId = useAppStore((s) => s.activeSlideId);
  const requestExport = useAppStore((s) => s.requestExport);
  const printPictures = useAppStore((s) => (s.printPictures?.deckId === deckId && s.printPictures.total > 0 ? s.printPictures : null));
  const actions = useDeckActions(deckId);

  if (deck === undefined) return <div className="slides-loading" role="status"><span className="spinner" aria-hidden="true" /></div>;
  if (deck === null) {
    openDeck(null);
    return null;
  }
  const slide = deck.slides.find((s) => s.id === activeSlideId) ?? null;
  const slideIndex = slide ? deck.slides.indexOf(slide) : 0;

  const remove = async () => {
    if (!confirm(t('confirmDeleteDeck', { title: deck.title, count: deck.slides.length }))) return;
    await deleteDeck(deck.id);
    openDeck(null);
  };

  return (
    <div className="deck-editor">
      <header className="slides-header">
        <button type="button" className="link-button" onClick={() => openDeck(null)}>
          ← {t('backToDecks')}
        </button>
        <div className="slides-header-actions">
          <button type="button" className="button" disabled={deck.slides.length === 0} onClick={() => requestExport({ kind: 'deck', deckId: deck.id })}>
            {t('export')}
          </button>
          <button type="button" className="button primary" disabled={deck.slides.length === 0} onClick={() => onPresent?.(deck.id, slideIndex)}>
            ▶ {t('present')}
          </button>
        </div>
      </header>
      {printPictures && (
        // Quiet on purpose (no live region): it changes with every slide drawn in the background.
        <p className="hint print-pictures" data-testid="print-pictures">
          {t(printPictures.ready === printPictures.total ? 'printPictures.ready' : 'printPictures.drawing', printPictures)}
        </p>
      )}
      <DeckDetails deck={deck} onChange={(patch) => void actions.mutate((d) => ({ ...d, ...patch, updatedAt: new Date().toISOString() }))} onDelete={() => void remove()} />

      <div className="slide-add" role="group" aria-label={t('addFromView')}>
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body> while the slide is captured. */}
        <button type="button" className="button primary wide" onClick={() => !actions.busy && void actions.add('map', activeSlideId ?? undefined)} aria-disabled={!!actions.busy}>
          + {t('addFromView')}
        </button>
        <button type="button" className="button" onClick={() => void actions.add('title', activeSlideId ?? undefined)}>
          {t('addTitle')}
        </button>
        <button type="button" className="button" onClick={() => void actions.add('text', activeSlideId ?? undefined)}>
          {t('addText')}
        </button>
      </div>
      {actions.busy && (
        <p className="slides-status" role="status">
          <span className="spinner" aria-hidden="true" /> {actions.busy}
        </p>
      )}
      {actions.error && (
        <p className="slides-error" role="alert">
          {actions.error}
        </p>
      )}

      {deck.slides.length === 0 ? (
        <div className="empty-state compact">
          <h2>{t('noSlides.title')}</h2>
          <p>{t('noSlides.body')}</p>
        </div>
      ) : (
        <SlideList deck={deck} onMove={actions.mutate} />
      )}
      {slide && <SlideEditor key={slide.id} deck={deck} slide={slide} actions={actions} />}
    </div>
  );
}
