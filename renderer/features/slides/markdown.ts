// The caption's Markdown subset (paragraphs, bullet and numbered lists, **bold**, *italic*, `code`),
// parsed once with marked's lexer into blocks of styled runs that the screen, PDF and PPTX all draw.
import { Lexer, type Token, type Tokens } from 'marked';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface CaptionBlock {
  kind: 'paragraph' | 'bullet' | 'numbered';
  runs: TextRun[];
  /** 1-based position in a numbered list. */
  n?: number;
}

function inline(tokens: Token[] | undefined, style: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inline((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'link':
        runs.push(...inline((token as Tokens.Link).tokens, style));
        break;
      case 'br':
        runs.push({ text: '\n', ...style });
        break;
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0 && token.type === 'text') runs.push(...inline(t.tokens, style));
        else runs.push({ text: decodeEntities(t.text), ...style });
        break;
      }
      default:
        // Anything outside the subset (HTML, images) is shown as its plain text, never interpreted.
        runs.push({ text: 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : token.raw, ...style });
    }
  }
  return merge(runs);
}

function merge(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else out.push({ ...r });
  }
  return out.filter((r) => r.text.length > 0);
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);

export function parseCaption(markdown: string): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  for (const token of new Lexer({ gfm: true, breaks: true }).lex(markdown)) {
    if (token.type === 'list') {
      const list = token as Tokens.List;
      list.items.forEach((item, i) => {
        const runs = item.tokens.flatMap((t) => inline('tokens' in t ? t.tokens : [t]));
        blocks.push(list.ordered ? { kind: 'numbered', n: (Number(list.start) || 1) + i, runs: merge(runs) } : { kind: 'bullet', runs: merge(runs) });
      });
    } else if (token.type === 'paragraph' || token.type === 'heading' || token.type === 'text' || token.type === 'blockquote') {
      const runs = inline('tokens' in token ? token.tokens : [token]);
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs: token.type === 'heading' ? runs.map((r) => ({ ...r, bold: true })) : runs });
    } else if (token.type !== 'space' && token.type !== 'hr') {
      const text = 'text' in token && typeof token.text === 'string' ? token.text : token.raw.trim();
      if (text) blocks.push({ kind: 'paragraph', runs: [{ text }] });
    }
  }
  return blocks;
}

/** The caption as plain text (for thumbnails, PPTX fallbacks and accessibility). */
export function captionText(markdown: string): string {
  return parseCaption(markdown)
    .map((b) => (b.kind === 'bullet' ? '• ' : b.kind === 'numbered' ? `${b.n}. ` : '') + b.runs.map((r) => r.text).join(''))
    .join('\n');
}
