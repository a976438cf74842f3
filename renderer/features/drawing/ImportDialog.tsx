// Import GeoJSON / KML / KMZ: pick a file, parse it in a worker with a progress bar, preview, then add as a new layer.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../../shared/interchange';
import { FileTooLargeError, platform } from '../../platform';
import { MAX_OPEN_FILE_BYTES } from '../../../shared/ipc';
import { formatNumber } from '../../i18n/format';
import { importAsLayer } from './data';
import { parseInWorker, type ClientResult } from './import-client';
import { useDrawingSession } from './session';
import { ShapePreview } from './ShapePreview';

type Phase =
  | { name: 'reading' }
  | { name: 'parsing'; fileName: string; bytes: number; cancel: () => void }
  | { name: 'preview'; fileName: string; preview: ImportPreview }
  | { name: 'failed'; fileName?: string; problem: ImportProblem | { code: 'timeout' | 'cancelled' | 'read-failed' } };

const mb = (bytes: number, lang: string) => formatNumber(bytes / 1024 / 1024, lang, bytes < 10 * 1024 * 1024 ? 1 : 0);

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('drawing');
  const dialog = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'reading' });
  const [layerName, setLayerName] = useState('');
  const setActiveLayer = useDrawingSession((s) => s.setActiveLayer);

  useEffect(() => {
    dialog.current?.showModal();
    let cancelled = false;
    void (async () => {
      try {
        const file = await platform().openFile({ title: t('import.title'), filters: [{ name: 'GeoJSON, KML, KMZ', extensions: ['geojson', 'json', 'kml', 'kmz'] }] });
        if (cancelled) return;
        if (!file) return onClose();
        const job = parseInWorker(file.name, file.bytes);
        setPhase({ name: 'parsing', fileName: file.name, bytes: file.size, cancel: job.cancel });
        const result: ClientResult = await job.result;
        if (cancelled) return;
        if (result.ok) {
          setLayerName(result.preview.layerName);
          setPhase({ name: 'preview', fileName: file.name, preview: result.preview });
        } else setPhase({ name: 'failed', fileName: file.name, problem: result.problem });
      } catch (e) {
        if (cancelled) return;
        if (e instanceof FileTooLargeError) setPhase({ name: 'failed', problem: { code: 'too-large', bytes: MAX_OPEN_FILE_BYTES + 1, limit: MAX_OPEN_FILE_BYTES } });
        else setPhase({ name: 'failed', problem: { code: 'read-failed' } });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [onClose, t]);

  const confirm = async () => {
    if (phase.name !== 'preview') return;
    const id = await importAsLayer(phase.preview, phase.fileName, layerName);
    setActiveLayer(id);
    onClose();
  };

  const counts = phase.name === 'preview' ? Object.entries(
    phase.preview.shapes.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.kind]: (acc[s.kind] ?? 0) + 1 }), {}),
  ) : [];

  return (
    <dialog ref={dialog} className="modal import-dialog" aria-labelledby="import-title" onCancel={(e) => { e.preventDefault(); if (phase.name === 'parsing') phase.cancel(); onClose(); }}>
      <h2 id="import-title">{t('import.title')}</h2>
      {phase.name === 'reading' && <p className="muted">{t('import.choose')}</p>}
      {phase.name === 'parsing' && (
        <div role="status" className="import-progress">
          <p>{t('import.parsing', { file: phase.fileName, size: mb(phase.bytes, i18n.language) })}</p>
          <progress aria-label={t('import.parsingLabel')} />
        </div>
      )}
      {phase.name === 'failed' && (
        <div role="alert" className="import-problem" data-problem={phase.problem.code}>
          <p className="problem-title">{t('import.failedTitle', { file: phase.fileName ?? '' })}</p>
          <p>{t(`problem.${phase.problem.code}`, problemParams(phase.problem, i18n.language))}</p>
        </div>
      )}
      {phase.name === 'preview' && (
        <div className="import-preview" data-testid="import-preview">
          <ShapePreview shapes={phase.preview.shapes} label={t('import.previewLabel')} />
          <div>
            <label htmlFor="import-layer-name">{t('import.layerName')}</label>
            <input id="import-layer-name" value={layerName} onChange={(e) => setLayerName(e.target.value)} />
            <p className="import-summary">{t('import.summary', { count: phase.preview.shapes.length, vertices: formatNumber(phase.preview.vertices, i18n.language) })}</p>
            <ul className="import-kinds">
              {counts.map(([kind, n]) => <li key={kind}>{t(`kind.${kind}`)}: {n}</li>)}
            </ul>
            {phase.preview.warnings.skipped > 0 && <p className="warning">{t('import.skipped', { count: phase.preview.warnings.skipped })}</p>}
            {phase.preview.warnings.activeContent > 0 && <p className="warning" data-testid="active-content-warning">{t('import.activeContent', { count: phase.preview.warnings.activeContent })}</p>}
            {phase.preview.warnings.htmlStripped > 0 && <p className="muted">{t('import.htmlStripped', { count: phase.preview.warnings.htmlStripped })}</p>}
            <ol className="import-names">
              {phase.preview.shapes.slice(0, 8).map((s, i) => <li key={i}>{s.name || t(`kind.${s.kind}`)}</li>)}
              {phase.preview.shapes.length > 8 && <li className="muted">{t('import.more', { count: phase.preview.shapes.length - 8 })}</li>}
            </ol>
          </div>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => { if (phase.name === 'parsing') phase.cancel(); onClose(); }}>
          {phase.name === 'failed' ? t('import.close') : t('import.cancel')}
        </button>
        {phase.name === 'preview' && (
          <button type="button" className="primary" onClick={() => void confirm()}>
            {t('import.confirm', { count: phase.preview.shapes.length })}
          </button>
        )}
      </div>
    </dialog>
  );
}

function problemParams(p: { code: string } & Record<string, unknown>, lang: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...p };
  if (typeof p.bytes === 'number') out.size = mb(p.bytes, lang);
  if (typeof p.limit === 'number') out.limitSize = mb(p.limit, lang);
  if (typeof p.count === 'number') out.countText = formatNumber(p.count, lang);
  if (typeof p.limit === 'number') out.limitText = formatNumber(p.limit, lang);
  return out;
}
