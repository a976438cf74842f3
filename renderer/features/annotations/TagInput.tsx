// Free tags with autocomplete from tags already in use. Enter or comma adds; Backspace on empty removes the last.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeTags, suggestTags } from './model';

export function TagInput({ tags, onChange, known }: { tags: string[]; onChange: (tags: string[]) => void; known: Array<{ tag: string }> }) {
  const { t } = useTranslation('annotations');
  const [typed, setTyped] = useState('');
  const listId = useId();
  const suggestions = suggestTags(known, typed, tags);
  const add = (tag: string) => {
    if (!tag.trim()) return;
    onChange(normalizeTags([...tags, tag]));
    setTyped('');
  };
  return (
    <div className="tag-input">
      <ul className="chips" aria-label={t('editor.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button type="button" aria-label={t('editor.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>×</button>
          </li>
        ))}
      </ul>
      <input
        value={typed}
        list={listId}
        placeholder={t('editor.addTag')}
        aria-label={t('editor.addTag')}
        onChange={(e) => {
          const v = e.target.value;
          if (v.endsWith(',')) add(v.slice(0, -1));
          else setTyped(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(typed);
          } else if (e.key === 'Backspace' && !typed && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={() => add(typed)}
      />
      <datalist id={listId}>
        {suggestions.map((s) => <option key={s} value={s} />)}
      </datalist>
    </div>
  );
}
