// Detectors for end-to-end security tests: every dialog a page opens (alert/confirm/prompt/print would
// mean injected script ran), every CSP violation the page reports, every request that tries to leave the
// machine (aborted), and markup in the DOM that could only come from a string parsed as HTML.
import type { BrowserContext, Page } from '@playwright/test';

/** Markup that must never exist in the app's DOM: it would mean a string was parsed as HTML. */
export const INJECTED =
  'script:not([src]), iframe, object, embed, base, meta[http-equiv="refresh" i], [onerror], [onload], [onclick], [ontoggle], [onfocus], a[href^="javascript:" i], [src^="https://evil" i], [href^="https://evil" i]';

export interface Watch {
  dialogs: string[];
  remote: string[];
  /** CSP violations reported in every watched page so far. */
  violations: () => Promise<string[]>;
  /** Starts watching another page of the same context (e.g. the audience window). */
  add: (page: Page) => void;
}

const isLocal = (url: URL) => ['127.0.0.1', 'localhost'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);

/** Watches the page and every page opened later in its context. */
export async function watch(page: Page): Promise<Watch> {
  const context: BrowserContext = page.context();
  const dialogs: string[] = [];
  const remote: string[] = [];
  const pages: Page[] = [];
  const add = (p: Page) => {
    if (pages.includes(p)) return;
    pages.push(p);
    p.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
  };
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      remote.push(route.request().url());
      void route.abort('blockedbyclient');
    },
  );
  // Also in pages the app opens itself (the audience window), from their first script on.
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`.trim()));
  });
  add(page);
  context.on('page', add);
  return {
    dialogs,
    remote,
    add,
    violations: async () => {
      const all: string[] = [];
      for (const p of pages) {
        if (p.isClosed()) continue;
        all.push(...(await p.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])));
      }
      return all;
    },
  };
}

/** The injected markup found in a page (outerHTML, shortened), for an `toEqual([])` assertion. */
export function injectedMarkup(page: Page): Promise<string[]> {
  return page.locator(INJECTED).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
}
