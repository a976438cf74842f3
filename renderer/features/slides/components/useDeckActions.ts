// Edits to the open deck: read the stored deck, change it, write it back; errors become a message.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { captureCurrentView, NoMapError } from '../capture';
import { addSlide, createSlide, updateSlide, type Deck, type SlideKind } from '../model';
import { loadDeck, saveDeck } from '../repository';

export function useDeckActions(deckId: string) {
  const { t } = useTranslation('slides');
  const selectSlide = useAppStore((s) => s.selectSlide);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const mutate = useCallback(
    async (change: (deck: Deck) => Deck) => {
      try {
        const deck = await loadDeck(deckId);
        if (!deck) return;
        await saveDeck(change(deck));
        setError(null);
      } catch (e) {
        setError(t('saveFailed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [deckId, t],
  );

  const capture = useCallback(async () => {
    setBusy(t('capturing'));
    try {
      return await captureCurrentView();
    } catch (e) {
      setError(e instanceof NoMapError ? t('mapNotReady') : t('saveFailed', { message: e instanceof Error ? e.message : String(e) }));
      return null;
    } finally {
      setBusy(null);
    }
  }, [t]);

  const add = useCallback(
    async (kind: SlideKind, afterId?: string) => {
      const captured = kind === 'map' ? await capture() : null;
      if (kind === 'map' && !captured) return;
      const slide = createSlide(kind, { ...captured, title: kind === 'title' ? t('kind.title') : '' });
      await mutate((deck) => addSlide(deck, slide, afterId));
      selectSlide(slide.id);
    },
    [capture, mutate, selectSlide, t],
  );

  const updateFromView = useCallback(
    async (slideId: string) => {
      const captured = await capture();
      if (captured) await mutate((deck) => updateSlide(deck, slideId, { ...captured, kind: 'map' }));
    },
    [capture, mutate],
  );

  return { mutate, add, updateFromView, busy, error, clearError: () => setError(null) };
}
