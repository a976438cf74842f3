// The note renderer: a Markdown subset turned into React elements by react-markdown. Raw HTML is skipped,
// images become their alt text (no request ever leaves the app), and links show their address as text
// instead of navigating (the desktop app blocks navigation anyway).
import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';

/** Elements a note may contain; anything else is unwrapped to its text. */
export const NOTE_ELEMENTS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'a', 'img', 'hr'];

const SAFE_URL = /^(https?:|mailto:)/i;

/** Keeps http(s) and mailto addresses, drops everything else (javascript:, data:, vbscript:, relative). */
export function safeUrl(url: string): string {
  const trimmed = url.trim().replace(/[\u0000-\u001f\u007f\s]+/g, '');
  return SAFE_URL.test(trimmed) ? url.trim() : '';
}

const components: Components = {
  a: ({ href, children }) => (
    <span className="note-link" title={href || undefined}>
      {children as ReactNode}
      {href ? <span className="note-link-url"> ⟨{href}⟩</span> : null}
    </span>
  ),
  img: ({ alt }) => (alt ? <span className="note-image-alt">[{alt}]</span> : null),
  h1: ({ children }) => <p className="note-heading">{children as ReactNode}</p>,
  h2: ({ children }) => <p className="note-heading">{children as ReactNode}</p>,
  h3: ({ children }) => <p className="note-heading">{children as ReactNode}</p>,
  h4: ({ children }) => <p className="note-heading">{children as ReactNode}</p>,
};

export function Markdown({ text, className = 'note-body' }: { text: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml allowedElements={NOTE_ELEMENTS} unwrapDisallowed urlTransform={safeUrl} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
