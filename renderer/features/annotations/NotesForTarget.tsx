// The notes about one deposit, facility or corridor, for its detail view: read them, add or edit in the Notes tab.
import { useTranslation } from 'react-i18next';
import type { AnnotationTarget } from '../../db/user-data';
import { useAppStore } from '../../store';
import { useAnnotations } from './data';
import { FlagChip } from './FlagPicker';
import { Markdown } from './Markdown';
import { useAnnotationsUi } from './ui-state';
import './annotations.css';

export const NOTES_PANEL = 'annotations';

export function NotesForTarget({ target }: { target: AnnotationTarget }) {
  const { t, i18n } = useTranslation('annotations');
  const notes = useAnnotations()?.filter((a) => a.target.kind === target.kind && a.target.id === target.id);
  const setPending = useAnnotationsUi((s) => s.setPending);
  const openPanel = useAppStore((s) => s.openPanel);
  const open = (noteId?: string) => {
    setPending({ target, noteId });
    openPanel(NOTES_PANEL);
  };
  return (
    <section className="notes-for-target" aria-label={t('title')} data-testid="notes-for-target">
      <div className="section-header">
        <h3>{t('title')}</h3>
        <button type="button" className="small" onClick={() => open()}>{t('list.new')}</button>
      </div>
      {notes?.length === 0 && <p className="empty-hint">{t('forTarget.none')}</p>}
      {notes?.map((a) => (
        <article key={a.id} className="annotation-card">
          {a.flags.length > 0 && <div className="flag-row">{a.flags.map((f) => <FlagChip key={f.id} flag={f} />)}</div>}
          <Markdown text={a.body} />
          <footer className="card-meta">
            {t('list.meta', { author: a.author || t('list.unknownAuthor'), when: new Date(a.updatedAt).toLocaleDateString(i18n.language) })}{' '}
            <button type="button" className="link-button" onClick={() => open(a.id)}>{t('list.edit')}</button>
          </footer>
        </article>
      ))}
    </section>
  );
}

/** Notes about whatever is selected on the map (deposit, facility or corridor); nothing when nothing is. */
export function SelectionNotes() {
  const selection = useAppStore((s) => s.selection);
  if (!selection || !['deposit', 'facility', 'corridor'].includes(selection.kind)) return null;
  return (
    <div className="selection-notes">
      <NotesForTarget target={{ kind: selection.kind as AnnotationTarget['kind'], id: selection.id }} />
    </div>
  );
}
