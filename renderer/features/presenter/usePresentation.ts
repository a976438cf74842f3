// The presenter's side of a presentation: state, keys, timers and the link to the audience view.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { numberSources, playSlide, type Deck } from '../slides';
import { openPresenterLink, type Link } from './channel';
import { EMPTY_BUFFER, presenterKey, reducePresentation, startPresentation, type PresenterCommand } from './keys';
import { showMessage, toAudienceSlide, type AudienceMessage, type PresenterMessage } from './protocol';

export function usePresentation(deck: Deck, startIndex: number, onExit: () => void) {
  const [state, setState] = useState(() => startPresentation(deck.slides.length, startIndex));
  const [digits, setDigits] = useState('');
  const [audience, setAudience] = useState<{ connected: boolean; exploring: boolean }>({ connected: false, exploring: false });
  const [startedAt] = useState(() => Date.now());
  const [slideStartedAt, setSlideStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const link = useRef<Link<PresenterMessage> | null>(null);
  const buffer = useRef(EMPTY_BUFFER);
  const numbering = useMemo(() => numberSources(deck), [deck]);
  const index = Math.min(state.index, deck.slides.length - 1);
  const slide = deck.slides[index];

  const sendCurrent = useCallback(() => {
    if (!slide) return;
    link.current?.send(showMessage(deck, toAudienceSlide(slide, numbering.numbersFor(slide.id)), index, deck.slides.length, state.screen));
  }, [deck, slide, index, state.screen, numbering]);
  const sendRef = useRef(sendCurrent);
  sendRef.current = sendCurrent;

  useEffect(() => {
    const l = openPresenterLink((message) => {
      if (message.type === 'ready') {
        setAudience((a) => ({ ...a, connected: true }));
        sendRef.current();
      } else setAudience({ connected: true, exploring: message.exploring });
    });
    link.current = l;
    return () => l.close();
  }, []);

  useEffect(() => sendCurrent(), [sendCurrent]);
  useEffect(() => {
    setSlideStartedAt(Date.now());
    if (slide?.view) void playSlide(slide);
  }, [slide?.id]); // only when the slide itself changes, not on every edit
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const dispatch = useCallback(
    (command: PresenterCommand) => {
      if (command.type === 'exit') {
        link.current?.send({ type: 'end' });
        onExit();
        return;
      }
      setState((s) => reducePresentation({ ...s, count: deck.slides.length }, command));
    },
    [deck.slides.length, onExit],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      // Buttons keep Enter and Space for themselves; everything else drives the slides.
      const typingNumber = e.key === 'Enter' && buffer.current.digits !== '';
      if (!typingNumber && target?.closest('button, input, textarea, select') && (e.key === 'Enter' || e.key === ' ')) return;
      const r = presenterKey(e.key, buffer.current);
      buffer.current = r.buffer;
      setDigits(r.buffer.digits);
      if (r.command || r.buffer.digits) e.preventDefault();
      if (r.command) dispatch(r.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  return {
    state: { ...state, index },
    slide,
    next: deck.slides[index + 1] ?? null,
    digits,
    audience,
    elapsed: now - startedAt,
    onSlide: now - slideStartedAt,
    dispatch,
    returnAudienceToSlide: () => {
      link.current?.send({ type: 'return-to-slide' });
      setAudience((a) => ({ ...a, exploring: false }));
    },
  };
}

export const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};
