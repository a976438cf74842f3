// The selected slide: title, caption (Markdown subset), private notes, footnoted sources, and actions.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { playSlide } from '../capture';
import { formatSource } from '../footnotes';
import { duplicateSlide, removeSlide, updateSlide, type Deck, type Slide } from '../model';
import { HighlightList } from './HighlightList';
import type { useDeckActions } from './useDeckActions';

type Field = 'title' | 'caption' | 'notes';

/** Keeps typing local and saves 400 ms after the last key (and on leaving the field). */
function useDraft(initial: string, save: (value: string) => void) {
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(initial);
  const flush = () => {
    clearTimeout(timer.current);
    if (latest.current !== initial) save(latest.current);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    value,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      latest.current = e.currentTarget.value;
      setValue(latest.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 400);
    },
    onBlur: flush,
  };
}

export function SlideEditor({ deck, slide, actions }: { deck: Deck; slide: Slide; actions: ReturnType<typeof useDeckActions> }) {
  const { t } = useTranslation('slides');
  const selectSlide = useAppStore((s) => s.selectSlide);
  const save = (field: Field) => (value: string) => void actions.mutate((d) => updateSlide(d, slide.id, { [field]: value }));
  const title = useDraft(slide.title, save('title'));
  const caption = useDraft(slide.caption, save('caption'));
  const notes = useDraft(slide.notes, save('notes'));
  const index = deck.slides.indexOf(slide);

  const remove = async () => {
    const next = deck.slides[index + 1] ?? deck.slides[index - 1];
    await actions.mutate((d) => removeSlide(d, slide.id));
    selectSlide(next?.id ?? null);
  };

  return (
    <section className="slide-editor" aria-label={t('slideN', { n: index + 1 })} data-testid="slide-editor">
      <div className="slide-editor-actions">
        {slide.kind === 'map' && (
          <button type="button" className="button" onClick={() => void playSlide(slide)}>
            {t('play')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void actions.updateFromView(slide.id)}>
          {t('updateFromView')}
        </button>
        <button type="button" className="button" onClick={() => void actions.mutate((d) => duplicateSlide(d, slide.id))}>
          {t('duplicate')}
        </button>
        <button type="button" className="button danger" onClick={() => void remove()}>
          {t('delete')}
        </button>
      </div>
      <label className="field">
        {t('editor.title')}
        <input {...title} />
      </label>
      <label className="field">
        {t('editor.caption')}
        <textarea rows={4} {...caption} aria-describedby={`caption-hint-${slide.id}`} />
        <span className="hint" id={`caption-hint-${slide.id}`}>
          {t('editor.captionHint')}
        </span>
      </label>
      <label className="field notes-field">
        <span>{t('editor.notes')}</span>
        <textarea rows={5} {...notes} aria-describedby={`notes-hint-${slide.id}`} />
        <span className="hint" id={`notes-hint-${slide.id}`}>
          {t('editor.notesHint')}
        </span>
      </label>
      {slide.kind === 'map' && slide.view && <HighlightList slide={{ ...slide, view: slide.view }} actions={actions} />}
      {(slide.kind === 'map' || slide.kind === 'chart') && (
        <div className="field">
          <span>{t('editor.sources')}</span>
          {slide.sources.length === 0 ? (
            <p className="hint">{t('editor.noSources')}</p>
          ) : (
            <ol className="source-list">
              {slide.sources.map((s) => (
                <li key={s.id}>{formatSource(s)}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
