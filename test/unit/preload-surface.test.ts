// The main window's preload (foundation checklist: "one function per channel and nothing else"): the page
// gets `window.steppe` only, made of functions; each one reaches exactly one channel of the typed contract,
// and no Electron object (ipcRenderer, the event sender) ever reaches the page.
import { describe, expect, it, vi } from 'vitest';
import { invokeSchemas } from '../../shared/ipc';

const h = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const ipcRenderer = { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() };
  return { exposed, ipcRenderer, contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (h.exposed[key] = api)) } };
});
vi.mock('electron', () => ({ contextBridge: h.contextBridge, ipcRenderer: h.ipcRenderer }));

/** Every function in the exposed object, by its dotted path. */
function functionsOf(value: unknown, prefix = ''): Array<[string, (...args: unknown[]) => unknown]> {
  if (typeof value === 'function') return [[prefix, value as (...args: unknown[]) => unknown]];
  expect(value, `${prefix} is a plain object of functions`).toBeTypeOf('object');
  return Object.entries(value as object).flatMap(([k, v]) => functionsOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('main window preload', () => {
  it('exposes only window.steppe, whose functions each use one channel of the contract and leak no Electron object', async () => {
    await import('../../electron/preload');
    expect(Object.keys(h.exposed)).toEqual(['steppe']);
    const used = new Set<string>();
    for (const [name, fn] of functionsOf(h.exposed.steppe)) {
      h.ipcRenderer.invoke.mockClear();
      h.ipcRenderer.on.mockClear();
      const result = fn(() => {});
      const calls = [...h.ipcRenderer.invoke.mock.calls, ...h.ipcRenderer.on.mock.calls] as unknown[][];
      expect(calls, name).toHaveLength(1);
      const channel = String(calls[0][0]);
      used.add(channel);
      if (h.ipcRenderer.invoke.mock.calls.length) expect(Object.keys(invokeSchemas), name).toContain(channel);
      else {
        // A subscription hands back an unsubscribe function and passes the page only the payload.
        expect(['menu:command', 'presenter:audience-message'], name).toContain(channel);
        expect(result, name).toBeTypeOf('function');
        const heard: unknown[] = [];
        fn((m: unknown) => heard.push(m));
        const listener = h.ipcRenderer.on.mock.calls.at(-1)![1] as (event: unknown, payload: unknown) => void;
        listener({ sender: h.ipcRenderer }, { command: 'fit-mongolia', type: 'ready' });
        expect(JSON.stringify(heard)).not.toContain('sender');
      }
      expect(result).not.toBe(h.ipcRenderer);
    }
    // Never a raw send: everything goes through invoke (answered by main after zod and sender checks).
    expect(h.ipcRenderer.send).not.toHaveBeenCalled();
    expect(h.ipcRenderer.sendSync).not.toHaveBeenCalled();
    // Every channel of the main window is offered (the audience ones belong to the audience preload).
    const mainWindowChannels = Object.keys(invokeSchemas).filter((c) => !c.startsWith('audience:'));
    for (const channel of mainWindowChannels) expect([...used], channel).toContain(channel);
  });
});
