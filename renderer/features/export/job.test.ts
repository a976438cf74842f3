import { describe, expect, it } from 'vitest';
import { abortable, ExportCancelled } from './job';

describe('export jobs', () => {
  it('stop waiting on a slow step as soon as the user cancels', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => {});
    const waiting = abortable(never, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(ExportCancelled);
  });

  it('pass results and errors through when nobody cancels', async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve(3), controller.signal)).resolves.toBe(3);
    await expect(abortable(Promise.reject(new Error('disk full')), controller.signal)).rejects.toThrow('disk full');
  });

  it('refuse to start after a cancel', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(abortable(Promise.resolve(1), controller.signal)).rejects.toBeInstanceOf(ExportCancelled);
  });
});
