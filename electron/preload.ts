// Runs in the sandboxed preload: exposes one function per IPC channel and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type { FromAudienceMessage, MenuCommand, SteppeApi } from '../shared/ipc';

const api = {
  getAppInfo: () => ipcRenderer.invoke('app:get-info'),
  openFile: (request) => ipcRenderer.invoke('file:open', request),
  saveFile: (request) => ipcRenderer.invoke('file:save', request),
  openAudienceWindow: () => ipcRenderer.invoke('presenter:open-audience'),
  closeAudienceWindow: () => ipcRenderer.invoke('presenter:close-audience'),
  presenterLink: {
    showSlide: (request) => ipcRenderer.invoke('presenter:show-slide', request),
    setScreen: (request) => ipcRenderer.invoke('presenter:set-screen', request),
    returnToSlide: () => ipcRenderer.invoke('presenter:return-to-slide'),
    end: () => ipcRenderer.invoke('presenter:end'),
    onAudienceMessage: (listener) => {
      const wrapped = (_event: unknown, message: FromAudienceMessage) => listener(message);
      ipcRenderer.on('presenter:audience-message', wrapped);
      return () => ipcRenderer.removeListener('presenter:audience-message', wrapped);
    },
  },
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, payload: { command: MenuCommand }) => listener(payload.command);
    ipcRenderer.on('menu:command', wrapped);
    return () => ipcRenderer.removeListener('menu:command', wrapped);
  },
} satisfies SteppeApi;

contextBridge.exposeInMainWorld('steppe', api);
