// One-of-several choice drawn as chips: a radio group with arrow-key movement and one tab stop (ARIA pattern).
import { useRef, type KeyboardEvent } from 'react';

export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

export function ChipRadioGroup<T extends string>({ options, value, onChange, labelledBy, label, className = 'an-chips', chipClassName = 'an-chip' }: {
  options: readonly ChipOption<T>[];
  value: T;
  onChange: (value: T) => void;
  labelledBy?: string;
  label?: string;
  className?: string;
  chipClassName?: string;
}) {
  const group = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    const jump = e.key === 'Home' ? 0 : e.key === 'End' ? options.length - 1 : null;
    if (!step && jump === null) return;
    e.preventDefault();
    const next = jump ?? (index + step + options.length) % options.length;
    onChange(options[next].value);
    group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[next]?.focus();
  };
  return (
    <div ref={group} className={className} role="radiogroup" aria-labelledby={labelledBy} aria-label={label}>
      {options.map((o, i) => (
        <button
          key={o.value} type="button" role="radio" aria-checked={o.value === value} tabIndex={o.value === value ? 0 : -1}
          className={chipClassName} onClick={() => onChange(o.value)} onKeyDown={(e) => move(e, i)} data-value={o.value}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
