// The presenter ↔ audience link: a BroadcastChannel between same-origin windows (web mode and
// Electron alike). Every incoming message is parsed; anything else is dropped.
import { AudienceMessageSchema, CHANNEL_NAME, PresenterMessageSchema, type AudienceMessage, type PresenterMessage } from './protocol';

export interface Link<Out, In> {
  send(message: Out): void;
  close(): void;
}

function open<Out, In>(parse: (data: unknown) => In | undefined, onMessage: (message: In) => void): Link<Out, In> {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parse(event.data);
    if (message) onMessage(message);
  };
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}

export const parsePresenterMessage = (data: unknown): PresenterMessage | undefined => {
  const parsed = PresenterMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};
export const parseAudienceMessage = (data: unknown): AudienceMessage | undefined => {
  const parsed = AudienceMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

/** The console's end: sends slides, hears when an audience view is ready. */
export const openPresenterLink = (onMessage: (m: AudienceMessage) => void) => open<PresenterMessage, AudienceMessage>(parseAudienceMessage, onMessage);

/** The audience's end: receives only audience-safe messages. */
export const openAudienceLink = (onMessage: (m: PresenterMessage) => void) => open<AudienceMessage, PresenterMessage>(parsePresenterMessage, onMessage);
