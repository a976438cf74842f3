// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Markdown, safeUrl } from './Markdown';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// Known payloads (OWASP XSS filter evasion cheat sheet and Markdown-specific ones).
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg/onload=window.__pwned=1>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '[click](javascript:window.__pwned=1)',
  '[click](JaVaScRiPt:window.__pwned=1)',
  '[click](java\tscript:window.__pwned=1)',
  '[click](  javascript:window.__pwned=1)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:window.__pwned=1)',
  '![tracker](http://example.invalid/pixel.png)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<details open ontoggle=window.__pwned=1>',
  '<body onload=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '[a](javascript&#58;window.__pwned=1)',
  '<<script>script>window.__pwned=1<</script>/script>',
  '<style>body{display:none}</style>',
  '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  '[x]: javascript:window.__pwned=1\n\n[ref][x]',
  '<div style="background:url(javascript:window.__pwned=1)">x</div>',
];

describe('note Markdown', () => {
  it('renders the subset: emphasis, lists, code, quotes, headings as styled paragraphs', () => {
    const { container } = render(<Markdown text={'# Plan\n\n**Bold** and *it* and `code`\n\n- one\n- two\n\n> quoted'} />);
    expect(container.querySelector('strong')?.textContent).toBe('Bold');
    expect(container.querySelector('em')?.textContent).toBe('it');
    expect(container.querySelector('code')?.textContent).toBe('code');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('blockquote')).not.toBeNull();
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('.note-heading')?.textContent).toBe('Plan');
  });

  it('shows a safe link as text with its address, not as a navigating anchor', () => {
    const { container } = render(<Markdown text="[report](https://mrpam.gov.mn/report)" />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('report ⟨https://mrpam.gov.mn/report⟩');
  });

  it.each(PAYLOADS)('keeps %j inert: no element that can run code or load anything', (payload) => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const { container } = render(<Markdown text={payload} />);
    expect(container.querySelector('script, img, svg, iframe, style, form, details, body, math, a, object, embed, [style]')).toBeNull();
    // Only our own attributes survive: class and a title holding a web address.
    const attributes = [...container.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name !== 'class' && name !== 'title')).toEqual([]);
    expect(container.querySelector('[title^="javascript" i], [title^="data" i], [title^="vbscript" i]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });

  it('drops every non-web URL scheme', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('');
    expect(safeUrl(' JAVASCRIPT:alert(1)')).toBe('');
    expect(safeUrl('java\nscript:alert(1)')).toBe('');
    expect(safeUrl('data:text/html,x')).toBe('');
    expect(safeUrl('https://example.org')).toBe('https://example.org');
    expect(safeUrl('mailto:a@b.mn')).toBe('mailto:a@b.mn');
  });
});
