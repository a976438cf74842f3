import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './index';

describe('UI slice', () => {
  beforeEach(() => useAppStore.setState({ theme: 'light', language: 'en', panel: null }));

  it('toggles between light and dark themes', () => {
    useAppStore.getState().toggleTheme();
    expect(useAppStore.getState().theme).toBe('dark');
    useAppStore.getState().toggleTheme();
    expect(useAppStore.getState().theme).toBe('light');
  });

  it('remembers the chosen language and open panel', () => {
    useAppStore.getState().setLanguage('ko');
    useAppStore.getState().openPanel('filters');
    expect(useAppStore.getState()).toMatchObject({ language: 'ko', panel: 'filters' });
  });
});
