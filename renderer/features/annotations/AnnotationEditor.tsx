// Write or edit one note: Markdown body with preview, tags, flags, the history of earlier versions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationTarget } from '../../db/user-data';
import { formatDateTime } from '../../i18n/format';
import { deleteNote, saveNewNote, saveNoteEdit } from './data';
import { FlagPicker } from './FlagPicker';
import { Markdown } from './Markdown';
import { createAnnotation, editAnnotation, MAX_BODY_CHARS, restoreVersion, type Annotation, type AnnotationContent } from './model';
import { TagInput } from './TagInput';

interface Props {
  /** The note being edited, or undefined for a new one about `target`. */
  annotation?: Annotation;
  target: AnnotationTarget;
  targetLabel: string;
  author: string;
  knownTags: Array<{ tag: string }>;
  onDone: () => void;
}

export function AnnotationEditor({ annotation, target, targetLabel, author, knownTags, onDone }: Props) {
  const { t, i18n } = useTranslation('annotations');
  const [content, setContent] = useState<AnnotationContent>({ body: annotation?.body ?? '', tags: annotation?.tags ?? [], flags: annotation?.flags ?? [] });
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [showHistory, setShowHistory] = useState(false);
  const now = () => new Date().toISOString();
  const fmt = (iso: string) => formatDateTime(iso, i18n.language);

  const save = async () => {
    if (annotation) await saveNoteEdit(annotation, editAnnotation(annotation, content, author, now()));
    else await saveNewNote(createAnnotation({ target, author, now: now(), ...content }));
    onDone();
  };

  const restore = async (index: number) => {
    if (!annotation) return;
    await saveNoteEdit(annotation, restoreVersion(annotation, index, author, now()), 'undo.restoreVersion');
    onDone();
  };

  return (
    <form className="annotation-editor" aria-label={t('editor.label', { target: targetLabel })} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <p className="editor-target">{t('editor.about', { target: targetLabel })}</p>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'write'} onClick={() => setTab('write')}>{t('editor.write')}</button>
        <button type="button" role="tab" aria-selected={tab === 'preview'} onClick={() => setTab('preview')}>{t('editor.preview')}</button>
      </div>
      {tab === 'write' ? (
        <textarea
          className="note-textarea"
          aria-label={t('editor.body')}
          placeholder={t('editor.placeholder')}
          rows={7}
          maxLength={MAX_BODY_CHARS}
          value={content.body}
          autoFocus
          onChange={(e) => setContent({ ...content, body: e.target.value })}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); } }}
        />
      ) : (
        <div className="note-preview" role="tabpanel">{content.body.trim() ? <Markdown text={content.body} /> : <p className="muted">{t('editor.nothingToPreview')}</p>}</div>
      )}
      <p className="field-hint">{t('editor.markdownHint')}</p>
      <span className="field-label">{t('editor.tags')}</span>
      <TagInput tags={content.tags} known={knownTags} onChange={(tags) => setContent({ ...content, tags })} />
      <span className="field-label">{t('editor.flags')}</span>
      <FlagPicker flags={content.flags} onChange={(flags) => setContent({ ...content, flags })} />
      <div className="dialog-actions">
        {annotation && (
          <button type="button" className="danger" onClick={() => void deleteNote(annotation).then(onDone)}>{t('editor.delete')}</button>
        )}
        <span className="spacer" />
        <button type="button" onClick={onDone}>{t('editor.cancel')}</button>
        <button type="submit" className="primary">{t('editor.save')}</button>
      </div>
      {annotation && annotation.history.length > 0 && (
        <details className="history" open={showHistory} onToggle={(e) => setShowHistory((e.target as HTMLDetailsElement).open)}>
          <summary>{t('editor.history', { count: annotation.history.length })}</summary>
          <ol>
            {annotation.history.map((v, i) => (
              <li key={`${v.savedAt}-${i}`} className="history-item">
                <div className="history-meta">
                  {t('editor.versionBy', { author: v.author || t('list.unknownAuthor'), when: fmt(v.writtenAt) })}
                  <button type="button" className="small" onClick={() => void restore(i)}>{t('editor.restore')}</button>
                </div>
                <Markdown text={v.body || '—'} className="note-body history-body" />
              </li>
            ))}
          </ol>
        </details>
      )}
    </form>
  );
}
