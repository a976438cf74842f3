// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../../i18n';
import { LocalText } from './parts';

const description = { en: 'Large open-pit copper mine.', mn: 'Зэсийн том ил уурхай.' };

describe('pack text in the user language', () => {
  beforeAll(() => initI18n('en'));
  afterEach(async () => {
    cleanup();
    await act(() => changeLanguage('en'));
  });

  it('shows the translation without a marker when the pack has one', async () => {
    await act(() => changeLanguage('mn'));
    render(<LocalText text={description} />);
    expect(screen.getByText('Зэсийн том ил уурхай.')).toBeTruthy();
    expect(screen.queryByText('EN')).toBeNull();
  });

  it('falls back to English with a small marker that says why', async () => {
    await act(() => changeLanguage('ko'));
    render(<LocalText text={description} />);
    const shown = screen.getByText('Large open-pit copper mine.');
    expect(shown.getAttribute('lang')).toBe('en');
    expect(screen.getByLabelText('아직 번역되지 않아 영어로 표시합니다').textContent).toBe('EN');
  });

  it('shows English plainly in the English UI', () => {
    render(<LocalText text={{ en: 'Only English.' }} />);
    expect(screen.getByText('Only English.')).toBeTruthy();
    expect(screen.queryByText('EN')).toBeNull();
  });
});
