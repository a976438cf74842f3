// The slides side panel: the list of decks, or the open deck with its slides and editor.
import { useEffect } from 'react';
import { useAppStore } from '../../../store';
import { installSlideViewProviders } from '../providers';
import { DeckEditor } from './DeckEditor';
import { DeckList } from './DeckList';
import './slides.css';

export interface SlidesPanelProps {
  /** Starts presenting a deck from a slide (called inside the click, so a pop-up may open). */
  onPresent?: (deckId: string, slideIndex: number) => void;
}

export function SlidesPanel({ onPresent }: SlidesPanelProps) {
  const activeDeckId = useAppStore((s) => s.activeDeckId);
  useEffect(() => installSlideViewProviders(), []);
  return (
    <section className="slides-panel" data-testid="slides-panel">
      {activeDeckId ? <DeckEditor deckId={activeDeckId} onPresent={onPresent} /> : <DeckList />}
    </section>
  );
}
