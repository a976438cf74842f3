// Export the notes shown (GeoJSON, KML) and the deposits the map shows under the current filters (GeoJSON, CSV).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { depositsToCsv, depositsToGeoJson, type NameLanguage } from '../../../shared/interchange';
import { db } from '../../db';
import { filterDeposits, partnerInvolvement } from '../../map/layers/deposits';
import { platform } from '../../platform';
import { useAppStore } from '../../store';
import type { TargetInfo } from './data';
import { notesFile } from './export';
import type { Annotation } from './model';

export function ExportSection({ notes, targets }: { notes: Annotation[]; targets: Map<string, TargetInfo> | undefined }) {
  const { t, i18n } = useTranslation('annotations');
  const filters = useAppStore((s) => s.filters);
  const [message, setMessage] = useState<string>();
  const language = (['en', 'mn', 'ko'].includes(i18n.language) ? i18n.language : 'en') as NameLanguage;

  const save = async (suggestedName: string, data: string, ext: string) => {
    const result = await platform().saveFile({ suggestedName, data, filters: [{ name: ext.toUpperCase(), extensions: [ext] }] });
    setMessage(result.saved ? t('export.saved', { file: result.name }) : result.reason === 'error' ? t('export.failed') : undefined);
  };

  const exportNotes = (format: 'geojson' | 'kml') => {
    if (!targets) return;
    const file = notesFile(notes, targets, language, format, t('export.notesTitle'));
    void save(file.fileName, file.text, format);
  };

  const exportDeposits = async (format: 'geojson' | 'csv') => {
    const [deposits, countries, events] = await Promise.all([db.deposits.toArray(), db.countries.toArray(), db.events.toArray()]);
    const shown = filterDeposits(deposits, filters, partnerInvolvement(deposits, countries, events));
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') await save(`deposits-${stamp}.csv`, depositsToCsv(shown, language), 'csv');
    else await save(`deposits-${stamp}.geojson`, `${JSON.stringify(depositsToGeoJson(shown, language, t('export.depositsTitle')), null, 2)}\n`, 'geojson');
  };

  return (
    <section className="panel-section" aria-labelledby="export-title">
      <h3 id="export-title">{t('export.title')}</h3>
      <div className="export-row">
        <span>{t('export.notes', { count: notes.length })}</span>
        <button type="button" className="small" disabled={notes.length === 0} onClick={() => exportNotes('geojson')}>GeoJSON</button>
        <button type="button" className="small" disabled={notes.length === 0} onClick={() => exportNotes('kml')}>KML</button>
      </div>
      <div className="export-row">
        <span>{t('export.deposits')}</span>
        <button type="button" className="small" onClick={() => void exportDeposits('geojson')}>GeoJSON</button>
        <button type="button" className="small" onClick={() => void exportDeposits('csv')}>CSV</button>
      </div>
      {message && <p className="muted" role="status">{message}</p>}
    </section>
  );
}
