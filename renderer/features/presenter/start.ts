// Starting a presentation from a click: open the audience window inside the user's gesture.
import { platform } from '../../platform';
import { useAppStore } from '../../store';

let lastResult: Awaited<ReturnType<ReturnType<typeof platform>['openAudienceWindow']>> | null = null;

export async function openAudience() {
  lastResult = await platform().openAudienceWindow();
  return lastResult;
}

/** Opens the console and the audience window (full screen on the external display in the desktop app). */
export function startPresenting(deckId: string, startIndex = 0) {
  const opening = openAudience();
  useAppStore.getState().setPresenting({ deckId, startIndex });
  return opening;
}

export function stopPresenting() {
  useAppStore.getState().setPresenting(null);
}
