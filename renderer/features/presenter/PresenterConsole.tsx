// The presenter console: current and next slide, large speaker notes, timers and the slide list.
// It covers the main window; the audience sees only what the link sends (never notes).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../indicators';
import { Caption, useDeck, type Deck, type Slide } from '../slides';
import { clock, usePresentation } from './usePresentation';
import { lastAudienceOpening, openAudience } from './start';
import './presenter.css';

export function PresenterConsole({ deckId, startIndex, onExit }: { deckId: string; startIndex: number; onExit: () => void }) {
  const deck = useDeck(deckId);
  if (!deck || deck.slides.length === 0) return null;
  return <Console deck={deck} startIndex={startIndex} onExit={onExit} />;
}

function Console({ deck, startIndex, onExit }: { deck: Deck; startIndex: number; onExit: () => void }) {
  const { t } = useTranslation('presenter');
  const p = usePresentation(deck, startIndex, onExit);
  const { index, screen } = p.state;
  const root = useRef<HTMLDivElement>(null);
  const [blocked, setBlocked] = useState(false);
  // Take focus from whatever started the presentation, so clicker keys reach the console; give it back on exit,
  // or a keyboard user would be left on <body> at the top of the page.
  useEffect(() => {
    const opener = document.activeElement;
    root.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    void lastAudienceOpening()?.then((r) => setBlocked(!r.opened));
  }, []);
  const reopen = () => void openAudience().then((r) => setBlocked(!r.opened));
  return (
    <div ref={root} tabIndex={-1} className="presenter" role="dialog" aria-modal="true" aria-label={t('console')} data-testid="presenter-console">
      <header className="presenter-bar">
        <div className="presenter-title">
          <strong>{deck.title}</strong>
          <span data-testid="presenter-position">{t('slideOf', { n: index + 1, count: deck.slides.length })}</span>
        </div>
        <div className="presenter-timers" aria-live="off">
          <span>
            {t('elapsed')} <strong className="timer">{clock(p.elapsed)}</strong>
          </span>
          <span>
            {t('onSlide')} <strong className="timer">{clock(p.onSlide)}</strong>
          </span>
        </div>
        <div className="presenter-tools">
          <span className={`audience-state${p.audience.connected ? ' on' : ''}`} data-testid="audience-state">
            {p.audience.connected ? t('audienceConnected') : t('audienceWaiting')}
          </span>
          {!p.audience.connected && (
            <button type="button" className="button" onClick={reopen}>
              {t('openAudience')}
            </button>
          )}
          <button type="button" className="button" aria-pressed={screen === 'black'} onClick={() => p.dispatch({ type: 'black' })}>
            {t('black')}
          </button>
          <button type="button" className="button" aria-pressed={screen === 'white'} onClick={() => p.dispatch({ type: 'white' })}>
            {t('white')}
          </button>
          <button type="button" className="button primary" onClick={() => p.dispatch({ type: 'exit' })}>
            {t('exit')}
          </button>
        </div>
      </header>

      {blocked && !p.audience.connected && (
        <p className="presenter-alert" role="alert">
          {t('popupBlocked')}
        </p>
      )}
      <main className="presenter-main">
        <section className="presenter-current" aria-label={t('current')}>
          <h2 className="presenter-label">{t('current')}</h2>
          <SlidePreview slide={p.slide} screen={screen} large />
          {p.audience.exploring && (
            <p className="presenter-exploring">
              {t('audience.exploring')}{' '}
              <button type="button" className="button" onClick={p.returnAudienceToSlide}>
                {t('audience.returnToSlide')}
              </button>
            </p>
          )}
          <div className="presenter-nav">
            <button type="button" className="button" onClick={() => p.dispatch({ type: 'previous' })} disabled={index === 0}>
              ← {t('previous')}
            </button>
            {p.digits && <span className="presenter-digits">{t('typing', { digits: p.digits })}</span>}
            <button type="button" className="button primary" onClick={() => p.dispatch({ type: 'next' })} disabled={index === deck.slides.length - 1}>
              {t('nextButton')} →
            </button>
          </div>
        </section>
        <aside className="presenter-side">
          <section aria-label={t('next')}>
            <h2 className="presenter-label">{t('next')}</h2>
            {p.next ? <SlidePreview slide={p.next} screen="slide" /> : <div className="slide-preview end">{t('end')}</div>}
          </section>
          <section className="presenter-notes" aria-label={t('notes')}>
            <h2 className="presenter-label">{t('notes')}</h2>
            <div className="presenter-notes-text" data-testid="presenter-notes" tabIndex={0}>
              {p.slide.notes.trim() ? <Caption markdown={p.slide.notes} /> : <p className="muted">{t('noNotes')}</p>}
            </div>
          </section>
        </aside>
      </main>

      <nav className="presenter-strip" aria-label={t('slideList')}>
        <ol>
          {deck.slides.map((s, i) => (
            <li key={s.id}>
              <button type="button" aria-current={i === index ? 'true' : undefined} aria-label={t('goto', { n: i + 1 })} onClick={() => p.dispatch({ type: 'goto', index: i })}>
                <span className="strip-n">{i + 1}</span>
                {s.thumbnail ? <img src={s.thumbnail} alt="" /> : <span className="strip-blank">{s.title.slice(0, 14)}</span>}
              </button>
            </li>
          ))}
        </ol>
        <p className="hint">{t('keysHelp')}</p>
      </nav>
    </div>
  );
}

function SlidePreview({ slide, screen, large }: { slide: Slide; screen: 'slide' | 'black' | 'white'; large?: boolean }) {
  if (screen !== 'slide') return <div className={`slide-preview ${screen}${large ? ' large' : ''}`} aria-label={screen} />;
  return (
    <div className={`slide-preview ${slide.kind}${large ? ' large' : ''}`} data-testid={large ? 'presenter-current' : 'presenter-next'}>
      {slide.kind === 'map' && slide.thumbnail && <img src={slide.thumbnail} alt="" />}
      {slide.kind === 'chart' && slide.chart && (large ? <ChartFigure chart={slide.chart} width={560} /> : slide.thumbnail && <img src={slide.thumbnail} alt="" />)}
      <div className="slide-preview-text">
        <h3>{slide.title}</h3>
        {slide.kind !== 'map' && <Caption markdown={slide.caption} className="slide-preview-caption" />}
      </div>
    </div>
  );
}
