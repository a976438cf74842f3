// Preset flags (priority, verify, partner interest per partner) toggled on and off, plus free-text flags.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationFlag } from '../../db/user-data';
import { colorForFlag, PRESET_FLAGS } from './model';

export function useFlagLabel() {
  const { t } = useTranslation('annotations');
  return (id: string) => {
    if (id === 'priority' || id === 'verify') return t(`flag.${id}`);
    if (id.startsWith('partner:')) return t('flag.partner', { code: id.slice(8) });
    return id;
  };
}

export function FlagChip({ flag }: { flag: AnnotationFlag }) {
  const label = useFlagLabel();
  return (
    <span className="flag-chip" style={{ ['--flag' as string]: flag.color }}>
      <span className="flag-dot" aria-hidden="true" />
      {label(flag.id)}
    </span>
  );
}

export function FlagPicker({ flags, onChange }: { flags: AnnotationFlag[]; onChange: (flags: AnnotationFlag[]) => void }) {
  const { t } = useTranslation('annotations');
  const label = useFlagLabel();
  const [custom, setCustom] = useState('');
  const has = (id: string) => flags.some((f) => f.id === id);
  const toggle = (flag: AnnotationFlag) => onChange(has(flag.id) ? flags.filter((f) => f.id !== flag.id) : [...flags, flag]);
  const customFlags = flags.filter((f) => !PRESET_FLAGS.some((p) => p.id === f.id));
  return (
    <div className="flag-picker">
      <div className="flag-options" role="group" aria-label={t('editor.flags')}>
        {[...PRESET_FLAGS, ...customFlags].map((f) => (
          <button key={f.id} type="button" className="flag-toggle" aria-pressed={has(f.id)} style={{ ['--flag' as string]: f.color }} onClick={() => toggle(f)}>
            <span className="flag-dot" aria-hidden="true" />
            {label(f.id)}
          </button>
        ))}
      </div>
      <div className="inline-field">
        <input value={custom} maxLength={60} placeholder={t('editor.customFlag')} aria-label={t('editor.customFlag')} onChange={(e) => setCustom(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && custom.trim()) {
              e.preventDefault();
              if (!has(custom.trim())) onChange([...flags, { id: custom.trim(), color: colorForFlag(custom.trim()) }]);
              setCustom('');
            }
          }}
        />
      </div>
    </div>
  );
}
