// The renderer's end of the desktop link: the console's messages go to one channel each, and the audience
// page drops anything that does not parse as an audience-safe message (a slide with notes included).
import { describe, expect, it, vi } from 'vitest';
import type { AudienceApi, PresenterLinkApi, ToAudienceMessage } from '../../../shared/ipc';
import { ipcAudienceLink, ipcPresenterLink } from './channel';

const slide = { id: 's1', kind: 'map' as const, title: 'Oyu Tolgoi', caption: '', view: null, footnotes: [] };

describe('presenter link in the desktop app', () => {
  it('sends each console message through its own channel', () => {
    const api: PresenterLinkApi = {
      showSlide: vi.fn(async () => {}), setScreen: vi.fn(async () => {}), returnToSlide: vi.fn(async () => {}), end: vi.fn(async () => {}),
      onAudienceMessage: vi.fn(() => () => {}),
    };
    const link = ipcPresenterLink(api, () => {});
    link.send({ type: 'show', deckTitle: 'Deck', index: 0, count: 2, slide, screen: 'slide' });
    link.send({ type: 'screen', screen: 'black' });
    link.send({ type: 'end' });
    expect(api.showSlide).toHaveBeenCalledWith({ deckTitle: 'Deck', index: 0, count: 2, slide, screen: 'slide' });
    expect(api.setScreen).toHaveBeenCalledWith({ screen: 'black' });
    expect(api.end).toHaveBeenCalled();
  });

  it('the audience page refuses a slide that carries notes and accepts a clean one', () => {
    let deliver: (m: ToAudienceMessage) => void = () => {};
    const api: AudienceApi = { ready: vi.fn(async () => {}), exploring: vi.fn(async () => {}), onPresenterMessage: (l) => ((deliver = l), () => {}) };
    const heard: unknown[] = [];
    const link = ipcAudienceLink(api, (m) => heard.push(m));
    deliver({ type: 'show', deckTitle: 'Deck', index: 0, count: 1, screen: 'slide', slide: { ...slide, notes: 'PRIVATE' } as never });
    expect(heard).toEqual([]);
    deliver({ type: 'show', deckTitle: 'Deck', index: 0, count: 1, screen: 'slide', slide });
    expect(heard).toHaveLength(1);
    link.send({ type: 'exploring', exploring: true });
    expect(api.exploring).toHaveBeenCalledWith({ exploring: true });
  });
});
