// The presenter console ↔ audience window link in the desktop app, through the main process.
// The console may send anything; the audience gets only what is named here (never notes), and only
// the audience window may speak for the audience. The last slide is kept so a reloaded audience page
// shows it again, even when the console has crashed or closed.
import type { WebContents } from 'electron';
import type { AudienceSlidePayload, FromAudienceMessage, InvokeChannel, InvokeMap, PresenterShowSlide, ToAudienceMessage } from '../shared/ipc';

type Sender = { sender: WebContents };
type Handle = <C extends InvokeChannel>(channel: C, handler: (request: InvokeMap[C]['request'], event: Sender) => void) => void;

/** The audience's copy of a slide, field by field: whatever else the console sent is left behind. */
export function audienceSafeSlide(slide: AudienceSlidePayload): AudienceSlidePayload {
  return {
    id: slide.id,
    kind: slide.kind,
    title: slide.title,
    caption: slide.caption,
    view: slide.view,
    ...(slide.chart !== undefined ? { chart: slide.chart } : {}),
    footnotes: slide.footnotes.map(({ n, source }) => ({
      n,
      source: {
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        ...(source.date !== undefined ? { date: source.date } : {}),
        ...(source.url !== undefined ? { url: source.url } : {}),
      },
    })),
  };
}

export function showMessage(request: PresenterShowSlide): ToAudienceMessage {
  return { type: 'show', deckTitle: request.deckTitle, index: request.index, count: request.count, screen: request.screen, slide: audienceSafeSlide(request.slide) };
}

export class RefusedSender extends Error {
  constructor(channel: string) {
    super(`Refused: ${channel} did not come from the window allowed to send it.`);
    this.name = 'RefusedSender';
  }
}

/**
 * Registers the link's channels with `handle` (which has already checked the sender is ours and
 * parsed the payload). `audience()` is the audience page's web contents while its window is open.
 */
export function registerPresenterLink(handle: Handle, audience: () => WebContents | null): void {
  let presenter: WebContents | null = null;
  let lastShow: ToAudienceMessage | null = null;

  const alive = (wc: WebContents | null): wc is WebContents => !!wc && !wc.isDestroyed();
  const toAudience = (message: ToAudienceMessage) => {
    const wc = audience();
    if (alive(wc)) wc.send('audience:message', message);
  };
  const toPresenter = (message: FromAudienceMessage) => {
    if (alive(presenter)) presenter.send('presenter:audience-message', message);
  };
  const fromPresenter = (channel: string, event: Sender) => {
    if (event.sender === audience()) throw new RefusedSender(channel);
    presenter = event.sender;
  };
  const fromAudience = (channel: string, event: Sender) => {
    if (event.sender !== audience()) throw new RefusedSender(channel);
  };

  handle('presenter:show-slide', (request, event) => {
    fromPresenter('presenter:show-slide', event);
    lastShow = showMessage(request);
    toAudience(lastShow);
  });
  handle('presenter:set-screen', (request, event) => {
    fromPresenter('presenter:set-screen', event);
    if (lastShow?.type === 'show') lastShow = { ...lastShow, screen: request.screen };
    toAudience({ type: 'screen', screen: request.screen });
  });
  handle('presenter:return-to-slide', (_request, event) => {
    fromPresenter('presenter:return-to-slide', event);
    toAudience({ type: 'return-to-slide' });
  });
  handle('presenter:end', (_request, event) => {
    fromPresenter('presenter:end', event);
    lastShow = null;
    toAudience({ type: 'end' });
  });
  handle('audience:ready', (_request, event) => {
    fromAudience('audience:ready', event);
    // A reloaded audience page gets the current slide at once, console or not.
    if (lastShow) toAudience(lastShow);
    toPresenter({ type: 'ready' });
  });
  handle('audience:exploring', (request, event) => {
    fromAudience('audience:exploring', event);
    toPresenter({ type: 'exploring', exploring: request.exploring });
  });
}
