// Starting a presentation from a click: open the audience window inside the user's gesture.
import type { AudienceWindowResult } from '../../../shared/ipc';
import { platform } from '../../platform';
import { useAppStore } from '../../store';

let lastOpening: Promise<AudienceWindowResult> | null = null;

/** Opens (or brings forward) the audience window; call it from a click so pop-ups are allowed. */
export function openAudience(): Promise<AudienceWindowResult> {
  lastOpening = platform()
    .openAudienceWindow()
    .catch((): AudienceWindowResult => ({ opened: false, reason: 'error' }));
  return lastOpening;
}

/** How the last attempt to open the audience window went (null before any). */
export const lastAudienceOpening = () => lastOpening;

/** Opens the console and the audience window (full screen on the external display in the desktop app). */
export function startPresenting(deckId: string, startIndex = 0) {
  const opening = openAudience();
  useAppStore.getState().setPresenting({ deckId, startIndex });
  return opening;
}

export function stopPresenting() {
  useAppStore.getState().setPresenting(null);
}
