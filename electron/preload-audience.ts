// The audience window's preload: it may say it is ready or that someone is exploring its map, and hear
// what to show. Nothing else of the main process is reachable from the audience page.
import { contextBridge, ipcRenderer } from 'electron';
import type { AudienceApi, ToAudienceMessage } from '../shared/ipc';

const api = {
  ready: () => ipcRenderer.invoke('audience:ready'),
  exploring: (request) => ipcRenderer.invoke('audience:exploring', request),
  onPresenterMessage: (listener) => {
    const wrapped = (_event: unknown, message: ToAudienceMessage) => listener(message);
    ipcRenderer.on('audience:message', wrapped);
    return () => ipcRenderer.removeListener('audience:message', wrapped);
  },
} satisfies AudienceApi;

contextBridge.exposeInMainWorld('steppeAudience', api);
