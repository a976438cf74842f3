// Reading a 200k-vertex KML (the import limit is 250k) through the whole interchange pipeline (xmldom parse,
// togeojson, geometry checks, HTML descriptions to text) against the XML parse alone. Runs in Node, as the import
// worker does its work off the UI thread; the target keeps the wait behind the progress bar short.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default {
  name: 'interchange',
  description: 'KML import of 2,000 lines × 100 points (200k vertices, ~4 MB): full pipeline vs XML parse alone',
  unit: 'ms',
  better: 'lower',
  target: { value: 5_000 },
  async run({ repeats, log }) {
    const r = spawnSync('npx', ['--no-install', 'tsx', 'test/bench/interchange-import.ts', '2000', '100', String(Math.max(3, repeats))], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr || 'interchange bench failed');
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1));
    log(`${m.vertices} vertices, ${(m.bytes / 1e6).toFixed(1)} MB: import ${Math.round(m.kmlMs)} ms, XML parse alone ${Math.round(m.parseOnlyMs)} ms`);
    return { value: m.kmlMs, baseline: m.parseOnlyMs, baselineLabel: 'xmldom parse of the same file', notes: `${m.vertices} vertices, ${(m.bytes / 1e6).toFixed(1)} MB` };
  },
};
