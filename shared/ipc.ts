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

/** Every invoke channel: request payload schema and response type. */
export const invokeSchemas = {
  'app:get-info': z.undefined(),
  'file:open': OpenFileRequest,
  'file:save': SaveFileRequest,
  'presenter:open-audience': z.undefined(),
  'presenter:close-audience': z.undefined(),
} as const;

export interface InvokeMap {
  'app:get-info': { request: undefined; response: AppInfo };
  'file:open': { request: OpenFileRequest; response: OpenedFile | null };
  'file:save': { request: SaveFileRequest; response: SaveResult };
  'presenter:open-audience': { request: undefined; response: AudienceWindowResult };
  'presenter:close-audience': { request: undefined; response: void };
}

/** Where the audience window opened: full screen on an external display when there is one. */
export type AudienceWindowResult = { opened: true; external: boolean } | { opened: false; reason: 'blocked' | 'error' };

export type InvokeChannel = keyof InvokeMap;

/** Events pushed from main to the renderer. */
export interface EventMap {
  'menu:command': { command: MenuCommand };
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
}

/** Largest file the app reads through the file dialog (a pack, a KML, a backup). */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024;
