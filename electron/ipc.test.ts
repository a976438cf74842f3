import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

vi.mock('electron', () => ({ app: {}, dialog: {}, ipcMain: {}, BrowserWindow: {} }));
import { writeFileAtomically } from './ipc';

const dir = mkdtempSync(path.join(tmpdir(), 'steppe-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saving files', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'deck.pdf');
    await expect(writeFileAtomically(target, new Uint8Array([1, 2, 3]))).resolves.toEqual({ saved: true, name: 'deck.pdf' });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('says in words why a write failed and leaves nothing half-written', async () => {
    const target = path.join(dir, 'missing-folder', 'deck.pdf');
    const result = await writeFileAtomically(target, 'x');
    expect(result).toMatchObject({ saved: false, reason: 'error' });
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });
});
