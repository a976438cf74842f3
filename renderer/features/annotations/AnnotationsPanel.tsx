// The notes panel: who is writing, new note, search and filters, the list; undo/redo at hand.
import { useEffect, useMemo, useState } from 'react';
import './annotations.css';
import { useTranslation } from 'react-i18next';
import type { AnnotationTarget } from '../../db/user-data';
import { focusMapOn } from '../../map/drawing';
import { useAppStore } from '../../store';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationEditor } from './AnnotationEditor';
import { localName, targetKey, useAnnotations, useAuthorName, useTargets, type TargetInfo } from './data';
import { useFlagLabel } from './FlagPicker';
import { matchesFilter, tagCounts, type Annotation } from './model';
import { undoStack, useUndoState } from './session';
import { ExportSection } from './ExportSection';
import { TargetPicker } from './TargetPicker';
import { useAnnotationsUi } from './ui-state';

type Editing = { annotation?: Annotation; target: AnnotationTarget } | { picking: true } | null;

export function AnnotationsPanel() {
  const { t, i18n } = useTranslation('annotations');
  const annotations = useAnnotations();
  const targets = useTargets();
  const [author, setAuthor] = useAuthorName();
  const [authorDraft, setAuthorDraft] = useState('');
  const ui = useAnnotationsUi();
  const undo = useUndoState();
  const flagLabel = useFlagLabel();
  const [editing, setEditing] = useState<Editing>(null);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const lang = i18n.language;

  // A note asked for from elsewhere (a deposit's detail view): open it in the editor once notes are loaded.
  const pending = ui.pending;
  useEffect(() => {
    if (!pending || !annotations) return;
    const existing = pending.noteId ? annotations.find((a) => a.id === pending.noteId) : undefined;
    setEditing(existing ? { annotation: existing, target: existing.target } : { target: pending.target });
    ui.setPending(null);
  }, [pending, annotations, ui]);

  const labelOf = (a: { target: AnnotationTarget }) => localName(targets?.get(targetKey(a.target.kind, a.target.id))?.name ?? a.target.name, lang) || a.target.id;
  const missing = (a: Annotation) => !!a.orphan || (!!targets && targets.size > 0 && !targets.has(targetKey(a.target.kind, a.target.id)));
  const known = useMemo(() => tagCounts(annotations ?? []), [annotations]);
  const authors = useMemo(() => [...new Set((annotations ?? []).map((a) => a.author).filter(Boolean))].sort(), [annotations]);
  const flags = useMemo(() => [...new Set((annotations ?? []).flatMap((a) => a.flags.map((f) => f.id)))], [annotations]);
  const shown = (annotations ?? []).filter((a) => matchesFilter(a, ui.filter, labelOf(a)));
  const selectedTarget = selection && ['deposit', 'facility', 'corridor'].includes(selection.kind) ? targets?.get(targetKey(selection.kind, selection.id)) : undefined;

  const startNote = (target: TargetInfo) => setEditing({ target: { kind: target.kind, id: target.id, name: target.name } });
  const jump = (a: Annotation) => {
    const target = targets?.get(targetKey(a.target.kind, a.target.id));
    const position = target?.position ?? (a.orphan as { lastKnownPosition?: [number, number] } | undefined)?.lastKnownPosition;
    if (position) focusMapOn(position);
    if (target) select({ kind: target.kind, id: target.id });
  };

  if (author === undefined || annotations === undefined) {
    return <div className="panel-loading" role="status"><span className="spinner" aria-hidden="true" /> {t('loading')}</div>;
  }

  if (!author) {
    return (
      <form className="author-setup" onSubmit={(e) => { e.preventDefault(); if (authorDraft.trim()) void setAuthor(authorDraft); }}>
        <h3>{t('author.title')}</h3>
        <p className="muted">{t('author.body')}</p>
        <label htmlFor="author-name">{t('author.label')}</label>
        <input id="author-name" value={authorDraft} autoFocus maxLength={100} onChange={(e) => setAuthorDraft(e.target.value)} />
        <button type="submit" className="primary" disabled={!authorDraft.trim()}>{t('author.save')}</button>
      </form>
    );
  }

  if (editing && 'target' in editing) {
    return (
      <AnnotationEditor annotation={editing.annotation} target={editing.target} targetLabel={labelOf(editing)} author={author} knownTags={known} onDone={() => setEditing(null)} />
    );
  }

  return (
    <section className="annotations-panel" aria-labelledby="notes-title">
      <header className="section-header">
        <h3 id="notes-title">{t('title')}</h3>
        <div className="section-actions">
          <button type="button" className="small" disabled={!undo.canUndo} onClick={() => void undoStack.undo()} title={undo.nextUndo ? t(undo.nextUndo) : undefined}>
            {t('undo.undo')}
          </button>
          <button type="button" className="small" disabled={!undo.canRedo} onClick={() => void undoStack.redo()} title={undo.nextRedo ? t(undo.nextRedo) : undefined}>
            {t('undo.redo')}
          </button>
          <button type="button" className="primary" onClick={() => setEditing({ picking: true })}>{t('list.new')}</button>
        </div>
      </header>
      {selectedTarget && (
        <button type="button" className="suggest-note" onClick={() => startNote(selectedTarget)}>
          {t('list.noteOnSelected', { target: localName(selectedTarget.name, lang) })}
        </button>
      )}
      {editing && 'picking' in editing && <TargetPicker targets={targets} onPick={startNote} onCancel={() => setEditing(null)} />}
      <div className="filters" role="search">
        <input type="search" value={ui.filter.query ?? ''} placeholder={t('filter.search')} aria-label={t('filter.search')} onChange={(e) => ui.setFilter({ query: e.target.value })} />
        <div className="filter-row">
          <select aria-label={t('filter.tag')} value={ui.filter.tag ?? ''} onChange={(e) => ui.setFilter({ tag: e.target.value || undefined })}>
            <option value="">{t('filter.anyTag')}</option>
            {known.map((k) => <option key={k.tag} value={k.tag}>#{k.tag} ({k.count})</option>)}
          </select>
          <select aria-label={t('filter.flag')} value={ui.filter.flag ?? ''} onChange={(e) => ui.setFilter({ flag: e.target.value || undefined })}>
            <option value="">{t('filter.anyFlag')}</option>
            {flags.map((f) => <option key={f} value={f}>{flagLabel(f)}</option>)}
          </select>
          <select aria-label={t('filter.author')} value={ui.filter.author ?? ''} onChange={(e) => ui.setFilter({ author: e.target.value || undefined })}>
            <option value="">{t('filter.anyAuthor')}</option>
            {authors.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div className="filter-row muted">
          <span role="status">{t('filter.count', { shown: shown.length, count: annotations.length })}</span>
          {(ui.filter.query || ui.filter.tag || ui.filter.flag || ui.filter.author) && (
            <button type="button" className="link-button" onClick={ui.clearFilter}>{t('filter.clear')}</button>
          )}
          <label className="check">
            <input type="checkbox" checked={ui.showBadges} onChange={(e) => ui.setShowBadges(e.target.checked)} />
            {t('filter.badges')}
          </label>
        </div>
      </div>
      {annotations.length === 0 ? (
        <div className="empty-state compact">
          <h4>{t('empty.title')}</h4>
          <p>{t('empty.body')}</p>
        </div>
      ) : shown.length === 0 ? (
        <p className="empty-hint">{t('filter.none')}</p>
      ) : (
        <div className="annotation-list">
          {shown.map((a) => (
            <AnnotationCard key={a.id} annotation={a} targetLabel={labelOf(a)} missing={missing(a)}
              onEdit={() => setEditing({ annotation: a, target: a.target })} onJump={() => jump(a)} onTag={(tag) => ui.setFilter({ tag })} />
          ))}
        </div>
      )}
      <ExportSection notes={shown} targets={targets} />
      <p className="muted signed-in">
        {t('author.signed', { name: author })} <button type="button" className="link-button" onClick={() => void setAuthor('')}>{t('author.change')}</button>
      </p>
    </section>
  );
}
