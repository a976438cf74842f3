// The presenter ↔ audience link. In the desktop app it goes through the main process, which forwards
// only audience-safe fields; in web mode it is a BroadcastChannel between same-origin windows.
// Either way every incoming message is parsed here; anything else is dropped.
import type { AudienceApi, PresenterLinkApi } from '../../../shared/ipc';
import { platform } from '../../platform';
import { AudienceMessageSchema, CHANNEL_NAME, PresenterMessageSchema, type AudienceMessage, type PresenterMessage } from './protocol';

export interface Link<Out> {
  send(message: Out): void;
  close(): void;
}

declare global {
  interface Window {
    /** The audience window's preload in the desktop app (electron/preload-audience.ts). */
    steppeAudience?: AudienceApi;
  }
}

export const parsePresenterMessage = (data: unknown): PresenterMessage | undefined => {
  const parsed = PresenterMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};
export const parseAudienceMessage = (data: unknown): AudienceMessage | undefined => {
  const parsed = AudienceMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

function broadcast<Out, In>(parse: (data: unknown) => In | undefined, onMessage: (message: In) => void): Link<Out> {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parse(event.data);
    if (message) onMessage(message);
  };
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}

const report = (what: string) => (error: unknown) => console.warn(`[presenter] ${what} failed`, error);

/** The console's end through the main process: one call per message kind. */
export function ipcPresenterLink(api: PresenterLinkApi, onMessage: (m: AudienceMessage) => void): Link<PresenterMessage> {
  const off = api.onAudienceMessage((data) => {
    const message = parseAudienceMessage(data);
    if (message) onMessage(message);
  });
  return {
    send(message) {
      const sent =
        message.type === 'show'
          ? api.showSlide({ deckTitle: message.deckTitle, index: message.index, count: message.count, slide: message.slide, screen: message.screen })
          : message.type === 'screen'
            ? api.setScreen({ screen: message.screen })
            : message.type === 'return-to-slide'
              ? api.returnToSlide()
              : api.end();
      sent.catch(report(message.type));
    },
    close: off,
  };
}

/** The audience's end through the main process. */
export function ipcAudienceLink(api: AudienceApi, onMessage: (m: PresenterMessage) => void): Link<AudienceMessage> {
  const off = api.onPresenterMessage((data) => {
    const message = parsePresenterMessage(data);
    if (message) onMessage(message);
  });
  return {
    send(message) {
      (message.type === 'ready' ? api.ready() : api.exploring({ exploring: message.exploring })).catch(report(message.type));
    },
    close: off,
  };
}

/** The console's end: sends slides, hears when an audience view is ready. */
export function openPresenterLink(onMessage: (m: AudienceMessage) => void): Link<PresenterMessage> {
  const api = platform().presenterLink;
  return api ? ipcPresenterLink(api, onMessage) : broadcast<PresenterMessage, AudienceMessage>(parseAudienceMessage, onMessage);
}

/** The audience's end: receives only audience-safe messages. */
export function openAudienceLink(onMessage: (m: PresenterMessage) => void): Link<AudienceMessage> {
  const api = window.steppeAudience;
  return api ? ipcAudienceLink(api, onMessage) : broadcast<AudienceMessage, PresenterMessage>(parsePresenterMessage, onMessage);
}
