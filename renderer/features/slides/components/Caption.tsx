// A caption's Markdown subset as React elements (never as HTML).
import { Fragment } from 'react';
import { parseCaption, type CaptionBlock, type TextRun } from '../markdown';

function Run({ run }: { run: TextRun }) {
  const text = run.text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {line}
    </Fragment>
  ));
  const inner = run.italic ? <em>{text}</em> : <>{text}</>;
  return run.bold ? <strong>{inner}</strong> : inner;
}

const runs = (block: CaptionBlock) => block.runs.map((r, i) => <Run key={i} run={r} />);

export function Caption({ markdown, className }: { markdown: string; className?: string }) {
  const blocks = parseCaption(markdown);
  const out: React.ReactNode[] = [];
  for (let i = 0; i < blocks.length; ) {
    const kind = blocks[i].kind;
    if (kind === 'paragraph') {
      out.push(<p key={i}>{runs(blocks[i])}</p>);
      i += 1;
      continue;
    }
    const items: CaptionBlock[] = [];
    const start = i;
    while (i < blocks.length && blocks[i].kind === kind) items.push(blocks[i++]);
    const list = items.map((b, j) => <li key={j}>{runs(b)}</li>);
    out.push(kind === 'numbered' ? <ol key={start} start={items[0].n}>{list}</ol> : <ul key={start}>{list}</ul>);
  }
  return <div className={className}>{out}</div>;
}
