// The export dialog: PDF handout or PPTX for a deck, PNG for the current view — with a progress
// bar, Cancel, and a plain message when it fails (no file is written then).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { useDeck } from '../slides';
import { ExportCancelled, type Progress } from './job';
import { exportDeck, exportPng, liveMapSize, PNG_LIMITS } from './run';
import './export.css';

type Request = { kind: 'deck'; deckId: string } | { kind: 'view' };
type Outcome = { kind: 'done'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string } | null;

export function ExportDialog({ request, onClose }: { request: Request; onClose: () => void }) {
  const { t } = useTranslation('export');
  const deck = useDeck(request.kind === 'deck' ? request.deckId : null);
  const [format, setFormat] = useState<'pdf' | 'pptx'>('pdf');
  const [includeNotes, setIncludeNotes] = useState(false);
  const live = liveMapSize() ?? { width: 1024, height: 640 };
  const [size, setSize] = useState<'1x' | '2x' | 'custom'>('1x');
  const [custom, setCustom] = useState({ width: 1920, height: 1080 });
  const [png, setPng] = useState({ title: '', legend: true, attribution: true, withTitle: false });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const prepared = useAppStore((s) => (request.kind === 'deck' && s.printPictures?.deckId === request.deckId && s.printPictures.total > 0 ? s.printPictures : null));
  const abort = useRef<AbortController | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') (abort.current ? abort.current.abort() : onClose());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const pixelSize = size === '1x' ? live : size === '2x' ? { width: live.width * 2, height: live.height * 2 } : custom;
  const validSize = [pixelSize.width, pixelSize.height].every((n) => Number.isInteger(n) && n >= PNG_LIMITS.min && n <= PNG_LIMITS.max);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setProgress({ fraction: 0, step: 'preparing' });
    const job = { signal: controller.signal, onProgress: setProgress };
    try {
      const result =
        request.kind === 'deck'
          ? await exportDeck(deck!, format, { includeNotes }, job)
          : await exportPng({ ...pixelSize, title: png.withTitle && png.title.trim() ? png.title.trim() : null, legend: png.legend, attribution: png.attribution }, job);
      if (result.saved) setOutcome({ kind: 'done', name: result.name });
      else if (result.reason === 'cancelled') setOutcome({ kind: 'cancelled' });
      else setOutcome({ kind: 'failed', message: result.message ?? '' });
    } catch (error) {
      setOutcome(error instanceof ExportCancelled ? { kind: 'cancelled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const running = progress !== null;
  const emptyDeck = request.kind === 'deck' && deck && deck.slides.length === 0;
  return (
    <div className="export-backdrop">
      <div ref={dialog} className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog">
        <header>
          <h2 id="export-title">
            {t('title')}
            {request.kind === 'deck' && deck ? ` — ${deck.title}` : ''}
          </h2>
          <button type="button" className="link-button" onClick={onClose} disabled={running}>
            {t('close')}
          </button>
        </header>

        {request.kind === 'deck' ? (
          <fieldset disabled={running}>
            <legend>{t('format')}</legend>
            {(['pdf', 'pptx'] as const).map((f) => (
              <label key={f} className="choice">
                <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                <span>
                  <strong>{t(f)}</strong>
                  <span className="hint">{t(`${f}Hint`)}</span>
                </span>
              </label>
            ))}
            {format === 'pdf' && (
              <label className="check">
                <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.currentTarget.checked)} />
                {t('includeNotes')}
              </label>
            )}
          </fieldset>
        ) : (
          <fieldset disabled={running}>
            <legend>{t('png')}</legend>
            <p className="hint">{t('pngHint')}</p>
            <div className="size-choices" role="radiogroup" aria-label={t('size')}>
              {(['1x', '2x', 'custom'] as const).map((s) => (
                <label key={s} className="choice inline">
                  <input type="radio" name="png-size" value={s} checked={size === s} onChange={() => setSize(s)} />
                  {s === 'custom' ? t('sizeCustom') : t(s === '1x' ? 'size1x' : 'size2x', s === '1x' ? { w: live.width, h: live.height } : { w: live.width * 2, h: live.height * 2 })}
                </label>
              ))}
            </div>
            {size === 'custom' && (
              <div className="size-inputs">
                {(['width', 'height'] as const).map((k) => (
                  <label key={k}>
                    {t(k)}
                    <input type="number" min={PNG_LIMITS.min} max={PNG_LIMITS.max} value={custom[k]} onChange={(e) => setCustom({ ...custom, [k]: Number(e.currentTarget.value) })} />
                  </label>
                ))}
              </div>
            )}
            {!validSize && <p className="export-error">{t('tooLarge', PNG_LIMITS)}</p>}
            <label className="check">
              <input type="checkbox" checked={png.withTitle} onChange={(e) => setPng({ ...png, withTitle: e.currentTarget.checked })} />
              {t('withTitle')}
            </label>
            {png.withTitle && <input aria-label={t('pngTitle')} value={png.title} onChange={(e) => setPng({ ...png, title: e.currentTarget.value })} />}
            <label className="check">
              <input type="checkbox" checked={png.legend} onChange={(e) => setPng({ ...png, legend: e.currentTarget.checked })} />
              {t('withLegend')}
            </label>
            <label className="check">
              <input type="checkbox" checked={png.attribution} onChange={(e) => setPng({ ...png, attribution: e.currentTarget.checked })} />
              {t('withAttribution')}
            </label>
          </fieldset>
        )}

        {emptyDeck && <p className="export-error">{t('emptyDeck')}</p>}
        {prepared && !running && (
          <p className="hint" data-testid="export-prepared">
            {t(prepared.ready === prepared.total ? 'prepared.all' : 'prepared.some', prepared)}
          </p>
        )}
        {running && (
          <div className="export-progress" role="status">
            <progress max={1} value={progress.fraction} aria-label={t(`progress.${progress.step}`, { n: progress.n, count: progress.count })} />
            <span>{t(`progress.${progress.step}`, { n: progress.n, count: progress.count })}</span>
          </div>
        )}
        {outcome && (
          <p className={`export-outcome ${outcome.kind}`} role={outcome.kind === 'failed' ? 'alert' : 'status'} data-testid="export-outcome">
            {outcome.kind === 'done' ? t('done', { name: outcome.name }) : outcome.kind === 'cancelled' ? t('cancelled') : t('failed', { message: outcome.message })}
          </p>
        )}

        <footer>
          {running ? (
            <button type="button" className="button" onClick={() => abort.current?.abort()}>
              {t('cancel')}
            </button>
          ) : (
            <button type="button" className="button primary" onClick={() => void start()} disabled={(request.kind === 'deck' && (!deck || !!emptyDeck)) || (request.kind === 'view' && !validSize)}>
              {t('start')}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
