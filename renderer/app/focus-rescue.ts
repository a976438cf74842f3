// When the focused control disappears (a panel swaps its content, a list item is deleted, an overlay closes
// without handing focus back), the browser drops focus to <body> and a keyboard user starts again at the top of
// the page. This puts focus on the first control in the nearest part of the page that is still there instead.
// Features that know better (a dialog returning focus to its opener) do so first; this only catches the rest.

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
/** Long enough for a panel that loads its content (a live query) to mount and focus what it wants. */
const SETTLE_MS = 150;

const lost = () => !document.activeElement || document.activeElement === document.body;

function firstTabbable(root: Element): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].find((el) => el.getClientRects().length > 0 && !el.closest('[inert], [aria-hidden="true"]'));
}

/** Watches the page; returns a function that stops watching. */
export function installFocusRescue(): () => void {
  let path: Element[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const remember = (e: FocusEvent) => {
    const chain: Element[] = [];
    for (let el = e.target instanceof Element ? e.target : null; el && el !== document.body; el = el.parentElement) chain.push(el);
    path = chain;
  };
  const rescue = () => {
    timer = undefined;
    if (!lost() || !path.length || path[0].isConnected) return;
    // A dialog hands focus back to its opener itself; one that opened on its own (first run) had none to give.
    if (path.some((el) => el.matches('[role="dialog"], [role="alertdialog"], dialog'))) return;
    for (const ancestor of path) {
      if (!ancestor.isConnected) continue;
      const target = firstTabbable(ancestor);
      if (target) return target.focus();
    }
  };
  const observer = new MutationObserver(() => {
    if (timer === undefined && lost() && path.length && !path[0].isConnected) timer = setTimeout(rescue, SETTLE_MS);
  });
  document.addEventListener('focusin', remember);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', remember);
    clearTimeout(timer);
  };
}
