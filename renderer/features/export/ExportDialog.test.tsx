// @vitest-environment happy-dom
// The export dialog's promises to the user: a progress bar while it works, Cancel that writes
// nothing, and a failure (disk full, no permission) said in words with no file left behind.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../i18n';
import { createDeck, createSlide, addSlide } from '../slides/model';
import type { JobContext } from './job';

const deck = addSlide(createDeck({ title: 'Copper briefing' }), createSlide('text', { title: 'One' }));
const h = vi.hoisted(() => ({ exportDeck: vi.fn() }));
vi.mock('../slides', async (original) => ({ ...(await original<typeof import('../slides')>()), useDeck: () => deck }));
vi.mock('./run', () => ({ exportDeck: h.exportDeck, exportPng: vi.fn(), liveMapSize: () => ({ width: 900, height: 600 }), PNG_LIMITS: { min: 64, max: 8192 } }));

import { ExportDialog } from './ExportDialog';

beforeAll(() => initI18n('en'));
afterEach(() => cleanup());

const start = () => fireEvent.click(screen.getByRole('button', { name: 'Export' }));

describe('export dialog', () => {
  it('says in words why saving failed and that no file was written', async () => {
    h.exportDeck.mockResolvedValueOnce({ saved: false, reason: 'error', message: 'The disk is full.' });
    render(<ExportDialog request={{ kind: 'deck', deckId: deck.id }} onClose={() => {}} />);
    start();
    expect((await screen.findByRole('alert')).textContent).toBe('The export failed: The disk is full. No file was written.');
  });

  it('shows progress while working, and Cancel stops the job without a file', async () => {
    let job: JobContext = {};
    h.exportDeck.mockImplementationOnce(
      (_deck, _format, _options, context: JobContext) =>
        new Promise((_resolve, reject) => {
          job = context;
          context.onProgress?.({ fraction: 0.4, step: 'map', n: 2, count: 5 });
          context.signal?.addEventListener('abort', async () => reject(new (await import('./job')).ExportCancelled()));
        }),
    );
    render(<ExportDialog request={{ kind: 'deck', deckId: deck.id }} onClose={() => {}} />);
    fireEvent.click(screen.getByLabelText(/PowerPoint/));
    start();
    expect(await screen.findByText('Drawing map 2 of 5…')).toBeTruthy();
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(0.4);
    expect(h.exportDeck).toHaveBeenLastCalledWith(deck, 'pptx', { includeNotes: false }, expect.anything());
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(job.signal?.aborted).toBe(true);
    expect(await screen.findByText('Export cancelled. No file was written.')).toBeTruthy();
  });

  it('reports the saved file name', async () => {
    h.exportDeck.mockResolvedValueOnce({ saved: true, name: 'Copper-briefing.pdf' });
    render(<ExportDialog request={{ kind: 'deck', deckId: deck.id }} onClose={() => {}} />);
    start();
    expect(await screen.findByText('Saved Copper-briefing.pdf.')).toBeTruthy();
  });
});
