// The one contract between the renderer and the Electron main process.
// Channel names are `area:verb-noun`. Main parses every payload with these schemas;
// the preload exposes one function per channel and `satisfies SteppeApi`.
import { z } from 'zod';

export const FileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(20),
});
export type FileFilter = z.infer<typeof FileFilter>;

export const OpenFileRequest = z
  .object({ title: z.string().max(200).optional(), filters: z.array(FileFilter).max(10).default([]) })
  .strict();
export type OpenFileRequest = z.input<typeof OpenFileRequest>;

export const SaveFileRequest = z
  .object({
    suggestedName: z.string().min(1).max(255),
    filters: z.array(FileFilter).max(10).default([]),
    // Text or binary; binary travels as a Uint8Array (structured clone).
    data: z.union([z.string(), z.instanceof(Uint8Array)]),
  })
  .strict();
export type SaveFileRequest = z.input<typeof SaveFileRequest>;

export type OpenedFile = { name: string; size: number; bytes: Uint8Array };
export type SaveResult = { saved: true; name: string } | { saved: false; reason: 'cancelled' | 'error'; message?: string };
export type AppInfo = { name: string; version: string; shell: 'electron' | 'web'; platform: string };

// Presenter ↔ audience in Electron. The main process parses what the console sends with these
// schemas (unknown keys such as notes are dropped) and rebuilds each message field by field before
// forwarding it; the audience page parses it again with its own strict schemas.
export const AudienceScreen = z.enum(['slide', 'black', 'white']);
export type AudienceScreen = z.infer<typeof AudienceScreen>;

const AudienceSource = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(2000),
  publisher: z.string().max(500),
  date: z.string().max(20).optional(),
  url: z.string().max(2000).optional(),
});

/** A slide as the audience may see it: no notes field, and the map view checked in depth by the audience page. */
export const AudienceSlidePayload = z.object({
  id: z.string().min(1).max(100),
  kind: z.string().min(1).max(20),
  title: z.string().max(500),
  caption: z.string().max(20_000),
  view: z.record(z.string().max(100), z.unknown()).nullable(),
  /** A chart slide's chart (figures, labels, source line), checked in depth by the audience page. */
  chart: z.record(z.string().max(100), z.unknown()).optional(),
  footnotes: z.array(z.object({ n: z.number().int().positive(), source: AudienceSource })).max(500),
});
export type AudienceSlidePayload = z.infer<typeof AudienceSlidePayload>;

export const PresenterShowSlide = z.object({
  deckTitle: z.string().max(500),
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  slide: AudienceSlidePayload,
  screen: AudienceScreen,
});
export type PresenterShowSlide = z.infer<typeof PresenterShowSlide>;

export type ToAudienceMessage =
  | ({ type: 'show' } & PresenterShowSlide)
  | { type: 'screen'; screen: AudienceScreen }
  | { type: 'return-to-slide' }
  | { type: 'end' };
export type FromAudienceMessage = { type: 'ready' } | { type: 'exploring'; exploring: boolean };

/** Every invoke channel: request payload schema and response type. */
export const invokeSchemas = {
  'app:get-info': z.undefined(),
  'file:open': OpenFileRequest,
  'file:save': SaveFileRequest,
  'presenter:open-audience': z.undefined(),
  'presenter:close-audience': z.undefined(),
  'presenter:show-slide': PresenterShowSlide,
  'presenter:set-screen': z.object({ screen: AudienceScreen }).strict(),
  'presenter:return-to-slide': z.undefined(),
  'presenter:end': z.undefined(),
  'audience:ready': z.undefined(),
  'audience:exploring': z.object({ exploring: z.boolean() }).strict(),
} as const;

export interface InvokeMap {
  'app:get-info': { request: undefined; response: AppInfo };
  'file:open': { request: OpenFileRequest; response: OpenedFile | null };
  'file:save': { request: SaveFileRequest; response: SaveResult };
  'presenter:open-audience': { request: undefined; response: AudienceWindowResult };
  'presenter:close-audience': { request: undefined; response: void };
  'presenter:show-slide': { request: PresenterShowSlide; response: void };
  'presenter:set-screen': { request: { screen: AudienceScreen }; response: void };
  'presenter:return-to-slide': { request: undefined; response: void };
  'presenter:end': { request: undefined; response: void };
  'audience:ready': { request: undefined; response: void };
  'audience:exploring': { request: { exploring: boolean }; response: void };
}

/** Where the audience window opened: full screen on an external display when there is one. */
export type AudienceWindowResult = { opened: true; external: boolean } | { opened: false; reason: 'blocked' | 'error' };

export type InvokeChannel = keyof InvokeMap;

/** Events pushed from main to the renderer. */
export interface EventMap {
  'menu:command': { command: MenuCommand };
  /** Main → audience window: what to show (already stripped to audience-safe fields). */
  'audience:message': ToAudienceMessage;
  /** Main → presenter console: the audience window is ready, or someone is exploring its map. */
  'presenter:audience-message': FromAudienceMessage;
}
export const MenuCommand = z.enum(['import-pack', 'export-backup', 'toggle-theme', 'fit-mongolia']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** What the renderer sees as `window.steppe` (Electron) or gets from the browser platform. */
export interface SteppeApi {
  getAppInfo(): Promise<AppInfo>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Opens (or brings forward) the audience window that shows slides without notes. */
  openAudienceWindow(): Promise<AudienceWindowResult>;
  closeAudienceWindow(): Promise<void>;
  /** Electron only: the console's link to the audience window through the main process (web mode uses BroadcastChannel). */
  presenterLink?: PresenterLinkApi;
}

/** The presenter console's end of the link (Electron preload): one function per channel. */
export interface PresenterLinkApi {
  showSlide(request: PresenterShowSlide): Promise<void>;
  setScreen(request: { screen: AudienceScreen }): Promise<void>;
  returnToSlide(): Promise<void>;
  end(): Promise<void>;
  onAudienceMessage(listener: (message: FromAudienceMessage) => void): () => void;
}

/** All the audience window's preload offers (as `window.steppeAudience`): say it is ready or exploring, hear slides. */
export interface AudienceApi {
  ready(): Promise<void>;
  exploring(request: { exploring: boolean }): Promise<void>;
  onPresenterMessage(listener: (message: ToAudienceMessage) => void): () => void;
}

/** Largest file the app reads through the file dialog (a pack, a KML, a backup). */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024;
