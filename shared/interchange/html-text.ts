// Turns the HTML found in KML descriptions into plain text. The result is only ever shown as text,
// so this is about readability; safety comes from never rendering it as HTML.

const DROP_WITH_CONTENT = /<(script|style|iframe|object|embed|template|noscript|svg|math)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const LINE_BREAKS = /<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|hr)\b[^>]*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
const TAG = /<\/?[a-z!?][^>]*>/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/** True when the text holds something a browser would treat as markup. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i.test(text) || /&(#x?[0-9a-f]+|[a-z]+);/i.test(text);
}

/** True when the text holds a script, an event handler or a javascript:/data: link. */
export function hasActiveContent(text: string): boolean {
  return /<script\b|\bon[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i.test(text);
}

/** HTML → readable plain text: scripts and styles dropped with their content, tags removed, entities decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, '')
    .replace(DROP_WITH_CONTENT, '')
    .replace(LIST_ITEM, '\n• ')
    .replace(LINE_BREAKS, '\n')
    .replace(TAG, '');
  return decodeEntities(text)
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
