// The presenter link in the main process, under a mocked `electron`: the audience gets slides without
// notes whatever the console sends, only the right window may speak for each side, and a closed
// audience window or console breaks nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: any, payload?: unknown) => unknown;

const h = vi.hoisted(() => {
  const handlers: Record<string, Handler> = {};
  const contents = (url: string) => ({ send: vi.fn(), isDestroyed: vi.fn(() => false), url });
  const mainContents = contents('app://steppe-atlas/index.html');
  const audienceContents = contents('app://steppe-atlas/audience.html');
  const windows = [{ webContents: mainContents }, { webContents: audienceContents }];
  const BrowserWindow: any = vi.fn();
  BrowserWindow.fromWebContents = vi.fn((wc: any) => windows.find((w) => w.webContents === wc) ?? null);
  const electron = {
    app: {},
    dialog: {},
    screen: {},
    BrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, fn: Handler) => (handlers[channel] = fn)) },
  };
  return { handlers, mainContents, audienceContents, electron };
});
vi.mock('electron', () => ({ ...h.electron, default: h.electron }));
// The audience window itself is opened elsewhere (presenter.test.ts); here it is simply "open" or not.
const audience = vi.hoisted(() => ({ open: true }));
vi.mock('./presenter', () => ({
  openAudienceWindow: vi.fn(),
  closeAudienceWindow: vi.fn(),
  audienceContents: () => (audience.open ? h.audienceContents : null),
}));

import { registerPresenterHandlers } from './ipc';

const from = (wc: { url: string }) => ({ sender: wc, senderFrame: { url: wc.url, parent: null } });
const invoke = (channel: string, wc: { url: string }, payload?: unknown) => Promise.resolve().then(() => h.handlers[channel](from(wc), payload));

const slide = {
  deckTitle: 'Copper corridors',
  index: 1,
  count: 3,
  screen: 'slide',
  slide: {
    id: 's2',
    kind: 'map',
    title: 'Rail towards Tianjin',
    caption: 'Most freight crosses at *Zamyn-Üüd*.',
    view: { camera: { center: [111.9, 43.7], zoom: 6, bearing: 0, pitch: 0 } },
    footnotes: [{ n: 1, source: { id: 'src-1', title: 'Rail report', publisher: 'MTZ', notes: 'PRIVATE in a source' } }],
    notes: 'PRIVATE: do not mention the tender',
  },
  notes: 'PRIVATE at the top',
};

const sentToAudience = () => h.audienceContents.send.mock.calls.map(([channel, message]) => ({ channel, message }));

describe('presenter link through the main process', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const key of Object.keys(h.handlers)) delete h.handlers[key];
    registerPresenterHandlers();
    h.audienceContents.send.mockClear();
    h.mainContents.send.mockClear();
    audience.open = true;
  });

  it('forwards the slide to the audience with its notes stripped, even when the console sends them', async () => {
    await invoke('presenter:show-slide', h.mainContents, slide);
    const [sent] = sentToAudience();
    expect(sent.channel).toBe('audience:message');
    expect(sent.message).toMatchObject({ type: 'show', index: 1, count: 3, slide: { id: 's2', title: 'Rail towards Tianjin' } });
    expect(JSON.stringify(sent.message)).not.toContain('PRIVATE');
    expect(sent.message.slide.footnotes[0].source).toEqual({ id: 'src-1', title: 'Rail report', publisher: 'MTZ' });
  });

  it('forwards a chart slide’s chart, so the audience can draw it', async () => {
    const chart = { chartId: 'oda', kind: 'period', title: 'Korean ODA', period: '2018–2024', unit: 'US$ m', max: 53, bars: [{ label: 'Average', value: 53, from: 2018, to: 2024 }], source: 'Source: x' };
    await invoke('presenter:show-slide', h.mainContents, { ...slide, slide: { ...slide.slide, kind: 'chart', view: null, chart } });
    const [sent] = sentToAudience();
    expect(sent.message.slide.chart).toEqual(chart);
    expect(JSON.stringify(sent.message)).not.toContain('PRIVATE');
  });

  it('refuses slides sent by the audience window and audience messages sent by the console', async () => {
    await expect(invoke('presenter:show-slide', h.audienceContents, slide)).rejects.toThrow(/Refused/);
    await expect(invoke('presenter:end', h.audienceContents)).rejects.toThrow(/Refused/);
    await expect(invoke('audience:exploring', h.mainContents, { exploring: true })).rejects.toThrow(/Refused/);
    expect(h.audienceContents.send).not.toHaveBeenCalled();
    expect(h.mainContents.send).not.toHaveBeenCalled();
  });

  it('refuses a page that is not ours and a payload that is not a slide', async () => {
    await expect(invoke('presenter:show-slide', { url: 'https://evil.example/' } as never, slide)).rejects.toThrow(/Refused/);
    await expect(invoke('presenter:show-slide', h.mainContents, { ...slide, index: -1 })).rejects.toThrow(/invalid request/);
    expect(h.audienceContents.send).not.toHaveBeenCalled();
  });

  it('tells the console when the audience is ready or exploring, and gives a reloaded audience the current slide', async () => {
    await invoke('presenter:show-slide', h.mainContents, slide);
    await invoke('presenter:set-screen', h.mainContents, { screen: 'black' });
    h.audienceContents.send.mockClear();
    await invoke('audience:ready', h.audienceContents);
    expect(sentToAudience()).toEqual([{ channel: 'audience:message', message: expect.objectContaining({ type: 'show', screen: 'black' }) }]);
    expect(h.mainContents.send).toHaveBeenCalledWith('presenter:audience-message', { type: 'ready' });
    await invoke('audience:exploring', h.audienceContents, { exploring: true });
    expect(h.mainContents.send).toHaveBeenLastCalledWith('presenter:audience-message', { type: 'exploring', exploring: true });
  });

  it('keeps the audience on its slide when the console closes: nothing is sent, and a reload shows the same slide', async () => {
    await invoke('presenter:show-slide', h.mainContents, slide);
    h.mainContents.isDestroyed.mockReturnValue(true);
    h.audienceContents.send.mockClear();
    await invoke('audience:ready', h.audienceContents);
    expect(sentToAudience()).toEqual([{ channel: 'audience:message', message: expect.objectContaining({ type: 'show', index: 1 }) }]);
    expect(h.mainContents.send).not.toHaveBeenCalled();
    h.mainContents.isDestroyed.mockReturnValue(false);
  });

  it('does not crash when the audience window is closed', async () => {
    audience.open = false;
    await expect(invoke('presenter:show-slide', h.mainContents, slide)).resolves.toBeUndefined();
    await expect(invoke('presenter:set-screen', h.mainContents, { screen: 'white' })).resolves.toBeUndefined();
    await expect(invoke('presenter:end', h.mainContents)).resolves.toBeUndefined();
    expect(h.audienceContents.send).not.toHaveBeenCalled();
  });
});
