// IPC handlers: every payload is parsed with the shared zod schema and every sender is checked.
import { app, dialog, ipcMain, BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { invokeSchemas, MAX_OPEN_FILE_BYTES, type InvokeChannel, type InvokeMap } from '../shared/ipc';
import { APP_ORIGIN } from './security';
import { audienceContents, closeAudienceWindow, openAudienceWindow } from './presenter';
import { registerPresenterLink } from './presenter-link';

type Handler<C extends InvokeChannel> = (
  request: InvokeMap[C]['request'],
  event: IpcMainInvokeEvent,
) => Promise<InvokeMap[C]['response']> | InvokeMap[C]['response'];

/** A sender is trusted when it is the top frame of one of our windows showing an app:// page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, devServerOrigin?: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  const url = frame.url;
  const fromApp = url.startsWith(`${APP_ORIGIN}/`) || (!!devServerOrigin && url.startsWith(`${devServerOrigin}/`));
  return fromApp && BrowserWindow.fromWebContents(event.sender) !== null;
}

export function handle<C extends InvokeChannel>(channel: C, handler: Handler<C>, devServerOrigin?: string): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    if (!isTrustedSender(event, devServerOrigin)) {
      console.warn(`[ipc] refused ${channel} from untrusted sender ${event.senderFrame?.url ?? '(none)'}`);
      throw new Error('Refused: this request did not come from Steppe Atlas.');
    }
    const parsed = invokeSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      console.warn(`[ipc] refused ${channel}: invalid payload`);
      throw new Error(`Refused: invalid request for ${channel}.`);
    }
    return handler(parsed.data as InvokeMap[C]['request'], event);
  });
}

export function registerIpcHandlers(devServerOrigin?: string): void {
  registerPresenterHandlers(devServerOrigin);
  handle(
    'app:get-info',
    () => ({ name: app.getName(), version: app.getVersion(), shell: 'electron' as const, platform: process.platform }),
    devServerOrigin,
  );

  handle(
    'file:open',
    async (request, event) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const result = await dialog.showOpenDialog(win!, {
        title: request.title,
        filters: request.filters,
        properties: ['openFile'],
      });
      if (result.canceled || result.filePaths.length === 0) return null;
      const file = result.filePaths[0];
      const stat = await fs.stat(file);
      if (stat.size > MAX_OPEN_FILE_BYTES) {
        throw new Error(`${path.basename(file)} is ${Math.round(stat.size / 1e6)} MB; the limit is ${MAX_OPEN_FILE_BYTES / 1e6} MB.`);
      }
      const bytes = new Uint8Array(await fs.readFile(file));
      return { name: path.basename(file), size: stat.size, bytes };
    },
    devServerOrigin,
  );

  handle(
    'file:save',
    async (request, event) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const result = await dialog.showSaveDialog(win!, { defaultPath: request.suggestedName, filters: request.filters });
      if (result.canceled || !result.filePath) return { saved: false, reason: 'cancelled' } as const;
      return writeFileAtomically(result.filePath, request.data);
    },
    devServerOrigin,
  );
}

export function registerPresenterHandlers(devServerOrigin?: string): void {
  handle('presenter:open-audience', (_request, event) => openAudienceWindow(BrowserWindow.fromWebContents(event.sender), devServerOrigin), devServerOrigin);
  handle('presenter:close-audience', () => closeAudienceWindow(), devServerOrigin);
  registerPresenterLink((channel, handler) => handle(channel, handler, devServerOrigin), audienceContents);
}

/** Writes beside the target and renames, so a failure never leaves a half-written file. */
export async function writeFileAtomically(target: string, data: string | Uint8Array) {
  const temp = `${target}.${process.pid}.${Date.now()}.partial`;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
    return { saved: true, name: path.basename(target) } as const;
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOSPC' ? 'The disk is full.' : code === 'EACCES' || code === 'EPERM' ? 'You do not have permission to write there.' : `The file could not be written (${code ?? 'unknown error'}).`;
    return { saved: false, reason: 'error', message } as const;
  }
}
